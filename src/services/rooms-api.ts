import type { BookingStatus, SessionInput, SessionState } from '../domain/booking'
import type { ApiMethod } from './api'
import type { Done } from './types'

/** 向日葵亲子小屋: rooms, their sessions, bookings with waitlist, and instructors' rosters. */

export interface RoomSummary {
  id: string
  name: string
  district: string
  street: string
  address: string
  latitude: number
  longitude: number
  hoursText: string
  phone: string
  colour: string
  /** Sessions with places left in the next 14 days. */
  openSessions: number
}

export interface RoomDto extends RoomSummary {
  intro: string
  facilities: string[]
  staff: string[]
  sessions: SessionDto[]
}

export interface SessionDto {
  id: string
  roomId: string
  roomName: string
  date: string
  start: string
  end: string
  activity: string
  ageMin: number
  ageMax: number
  capacity: number
  placesLeft: number
  waitlist: number
  /** For the caller: 可预约 / 已约满 / 已截止 / 已预约 / 候补中. */
  state: SessionState
  myBookingId: string | null
}

export interface BookingDto {
  id: string
  status: BookingStatus
  code: string | null
  /** 1-based place in the waitlist while waitlisted. */
  waitlistPosition: number | null
  childName: string
  carers: number
  session: SessionDto
  roomAddress: string
  roomPhone: string
  /** Whether cancelling is still allowed (until two hours before the start). */
  cancellable: boolean
}

export interface RosterEntry {
  bookingId: string
  childName: string
  childAge: string
  carers: number
  phoneMasked: string
  status: BookingStatus
  waitlistPosition: number | null
}

export interface InstructorSession extends SessionDto {
  confirmed: number
  checkedIn: number
}

export interface RoomMessageDto {
  id: string
  text: string
  at: string
  read: boolean
}

export interface BookInput {
  sessionId: string
  childId: string
  carers: number
}

export interface RoomsApi {
  'rooms.list': ApiMethod<null, RoomSummary[]>
  'rooms.room': ApiMethod<{ id: string }, RoomDto>
  'rooms.session': ApiMethod<{ id: string }, SessionDto>
  /** Books a place (capacity, one per family, three upcoming, closes 2 h before). */
  'rooms.book': ApiMethod<BookInput, BookingDto>
  'rooms.joinWaitlist': ApiMethod<BookInput, BookingDto>
  /** Until 2 h before the start; a freed place goes to the first on the waitlist at once. */
  'rooms.cancel': ApiMethod<{ bookingId: string }, BookingDto>
  'rooms.myBookings': ApiMethod<null, BookingDto[]>
  'rooms.messages': ApiMethod<null, RoomMessageDto[]>
  'rooms.readMessages': ApiMethod<null, Done>
  'rooms.mySessions': ApiMethod<null, InstructorSession[]>
  'rooms.roster': ApiMethod<{ sessionId: string }, { session: InstructorSession; entries: RosterEntry[] }>
  'rooms.checkIn': ApiMethod<{ sessionId: string; code: string }, RosterEntry>
  'rooms.markNoShows': ApiMethod<{ sessionId: string }, { marked: number }>
  'rooms.saveSession': ApiMethod<{ id?: string; roomId: string; session: SessionInput }, InstructorSession>
}
