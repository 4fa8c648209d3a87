/**
 * The rooms area's stored state as schemas: the backend checks what it loads (after migrating it
 * to the current version) against RoomsStateSchema, so a wrong shape is backed up and re-seeded
 * (mock/core/persistence.ts); the types are read off the schemas. A shape check only: types,
 * required keys and the closed sets the code switches on, not the booking rules.
 */
import { array, boolean, nullable, number, object, optional, picklist, string, type InferOutput } from 'valibot'
import { RoomMessageDto } from '@/contract/rooms'
import { dictionaryOf } from '@/contract/schema-kit'
import { BOOKING_STATUSES } from '@/domain/booking'

const SessionTimes = object({ date: string(), start: string(), end: string() })

const SessionRecord = object({
  ...SessionTimes.entries,
  id: string(),
  roomId: string(),
  activity: string(),
  ageMin: number(),
  ageMax: number(),
  capacity: number(),
  /** Set when the instructor called the session off; it then takes no bookings. */
  cancelled: optional(object({ reason: string(), at: string() })),
})

/** The session's times before the instructor moved it, and whether the family has answered. */
const TimeChange = object({
  from: SessionTimes,
  at: string(),
  answer: picklist(['pending', 'kept', 'released']),
})

const BookingRecord = object({
  id: string(),
  sessionId: string(),
  /** The family's account; seeded other families use 'f-<n>'. */
  userId: string(),
  childId: string(),
  childName: string(),
  childBirthDate: string(),
  carers: number(),
  /** Full number: the roster masks it. */
  phone: string(),
  status: picklist(BOOKING_STATUSES),
  /** Six digits, given when a place is confirmed. */
  code: nullable(string()),
  /** Order of arrival: the waitlist is first come, first served by it. */
  seq: number(),
  createdAt: string(),
  updatedAt: string(),
  /** 'room' when the instructor cancelled the whole session (the family is shown the reason). */
  cancelledBy: optional(picklist(['family', 'room'])),
  /** The latest time change the family was told about. */
  change: optional(TimeChange),
  /** The family granted WeChat's one-time 订阅消息 when booking and it has not been used yet. */
  subscribed: optional(boolean()),
})

/** Stored as the family sees it (rooms.messages answers these as they are). */
const RoomMessage = RoomMessageDto

/** A 订阅消息 the backend would have sent through WeChat (the mock only records it). */
const WechatNotice = object({ userId: string(), template: string(), text: string(), at: string() })

export const RoomsStateSchema = object({
  sessions: dictionaryOf(SessionRecord),
  bookings: dictionaryOf(BookingRecord),
  /** Per user id, newest first. */
  messages: dictionaryOf(array(RoomMessage)),
  seq: number(),
  /** Optional: state saved before notices existed has none. */
  wechat: optional(array(WechatNotice)),
})

export type SessionRecord = InferOutput<typeof SessionRecord>
export type TimeChange = InferOutput<typeof TimeChange>
export type BookingRecord = InferOutput<typeof BookingRecord>
export type RoomMessage = InferOutput<typeof RoomMessage>
export type WechatNotice = InferOutput<typeof WechatNotice>
export type RoomsState = InferOutput<typeof RoomsStateSchema>
