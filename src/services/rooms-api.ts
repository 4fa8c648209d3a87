import type { BookingStatus, OpeningHours, SessionInput, SessionState, SessionTimes } from '../domain/booking'
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
  /** Sessions with places left within the booking horizon (BOOKING_DAYS_AHEAD). */
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
  /** For the caller: 可预约 / 已约满 / 已截止 / 已预约 / 候补中 / 已取消. */
  state: SessionState
  myBookingId: string | null
  /** Why the instructor cancelled it, or null while it goes ahead. */
  cancelReason: string | null
}

/** A time change the family was told about: the old times, and whether they still have to answer. */
export interface BookingChange {
  from: SessionTimes
  /** Waiting for 保留名额 / 取消预约 (until the session starts). */
  pending: boolean
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
  /** The instructor's reason when the room cancelled the session (and with it this booking). */
  roomCancelReason: string | null
  /** The session's latest time change while the booking holds or waits for a place. */
  change: BookingChange | null
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

/** A session saved or cancelled, with how many families were told about it. */
export interface SessionNotice extends InstructorSession {
  notified: number
}

/** What the session editor needs of a room: its name and hours, and its sessions from today. */
export interface RoomSchedule {
  roomId: string
  roomName: string
  hours: OpeningHours
  hoursText: string
  /** Sessions going ahead (cancelled ones free their time). */
  sessions: InstructorSession[]
}

export interface RoomMessageDto {
  id: string
  text: string
  at: string
  read: boolean
  /** The booking to look at (and answer) in 我的预约, if any. */
  bookingId?: string
}

export interface BookInput {
  sessionId: string
  childId: string
  carers: number
  /** 'subscribe' when the family granted WeChat's 订阅消息 for news about the session. */
  notify?: 'subscribe'
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
  /** Creating, or editing; a time change tells every booked and waitlisted family. */
  'rooms.saveSession': ApiMethod<{ id?: string; roomId: string; session: SessionInput }, SessionNotice>
  'rooms.schedule': ApiMethod<{ roomId: string }, RoomSchedule>
  /** Until the start, with a reason every booked and waitlisted family is sent. */
  'rooms.cancelSession': ApiMethod<{ sessionId: string; reason: string }, SessionNotice>
  /** The family's answer to a time change: keep the place, or release it (even inside the 2 h cutoff). */
  'rooms.answerChange': ApiMethod<{ bookingId: string; keep: boolean }, BookingDto>
}
