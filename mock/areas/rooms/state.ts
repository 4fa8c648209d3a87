import type { BookingStatus, SessionInput, SessionTimes } from '../../../src/domain/booking'

export interface SessionRecord extends SessionInput {
  id: string
  roomId: string
  /** Set when the instructor called the session off; it then takes no bookings. */
  cancelled?: { reason: string; at: string }
}

/** The session's times before the instructor moved it, and whether the family has answered. */
export interface TimeChange {
  from: SessionTimes
  at: string
  answer: 'pending' | 'kept' | 'released'
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
  /** 'room' when the instructor cancelled the whole session (the family is shown the reason). */
  cancelledBy?: 'family' | 'room'
  /** The latest time change the family was told about. */
  change?: TimeChange
  /** The family granted WeChat's one-time 订阅消息 when booking and it has not been used yet. */
  subscribed?: boolean
}

export interface RoomMessage {
  id: string
  text: string
  at: string
  read: boolean
  /** The booking the message is about, when the family has something to do there. */
  bookingId?: string
}

/** A 订阅消息 the backend would have sent through WeChat (the mock only records it). */
export interface WechatNotice {
  userId: string
  template: string
  text: string
  at: string
}

export interface RoomsState {
  sessions: Record<string, SessionRecord>
  bookings: Record<string, BookingRecord>
  messages: Record<string, RoomMessage[]>
  seq: number
  /** Optional: state saved before notices existed has none. */
  wechat?: WechatNotice[]
}
