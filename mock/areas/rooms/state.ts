import type { BookingStatus, SessionInput } from '../../../src/domain/booking'

export interface SessionRecord extends SessionInput {
  id: string
  roomId: string
}

export interface BookingRecord {
  id: string
  sessionId: string
  /** The family's account; seeded other families use 'f-<n>'. */
  userId: string
  childId: string
  childName: string
  childBirthDate: string
  carers: number
  /** Full number: the roster masks it. */
  phone: string
  status: BookingStatus
  /** Six digits, given when a place is confirmed. */
  code: string | null
  /** Order of arrival: the waitlist is first come, first served by it. */
  seq: number
  createdAt: string
  updatedAt: string
}

export interface RoomMessage {
  id: string
  text: string
  at: string
  read: boolean
}

export interface RoomsState {
  sessions: Record<string, SessionRecord>
  bookings: Record<string, BookingRecord>
  messages: Record<string, RoomMessage[]>
  seq: number
}
