/**
 * The rooms area's contract: 向日葵亲子小屋 — rooms and their sessions, bookings with the waitlist,
 * time changes the family answers, and the instructors' rosters, check-in and session editor.
 */
import { array, boolean, check, integer, maxLength, maxValue, minValue, nullable, number, object, optional, picklist, pipe, string, transform, type InferOutput } from 'valibot'
import {
  ACTIVITY_MAX,
  AGE_MAX_MONTHS,
  AGE_RANGE_MESSAGE,
  BOOKING_CLOSES_BEFORE_HOURS,
  BOOKING_STATUSES,
  CAPACITY_MAX,
  CAPACITY_MESSAGE,
  CAPACITY_MIN,
  CARERS_MESSAGE,
  CHECK_IN_CODE_MESSAGE,
  isCheckInCode,
  MAX_CARERS,
  SESSION_STATES,
  typedCheckInCode,
} from '@/domain/booking'
import { CANCEL_REASON_MAX, CHANGE_ANSWERS } from '@/domain/session-changes'
import { Done } from './core'
import { methods } from './method'
import { dateString, id, nothing, oneOf, text, timeString } from './schema-kit'

// ---- What the area answers ----

export const RoomSummary = object({
  id: string(),
  name: string(),
  district: string(),
  street: string(),
  address: string(),
  latitude: number(),
  longitude: number(),
  /** 周一至周六 09:00–17:00 */
  hoursText: string(),
  /** The room's landline. */
  phone: string(),
  colour: string(),
  /** Sessions with places left within the booking horizon (BOOKING_DAYS_AHEAD). */
  openSessions: number(),
})

const SessionTimes = object({ date: string(), start: string(), end: string() })

export const SessionDto = object({
  ...SessionTimes.entries,
  id: string(),
  roomId: string(),
  roomName: string(),
  activity: string(),
  ageMin: number(),
  ageMax: number(),
  capacity: number(),
  placesLeft: number(),
  waitlist: number(),
  /** For the caller: 可预约 / 已约满 / 已截止 / 已预约 / 候补中 / 已取消. */
  state: picklist(SESSION_STATES),
  myBookingId: nullable(string()),
  /** Why the instructor cancelled it, or null while it goes ahead. */
  cancelReason: nullable(string()),
})

export const RoomDto = object({
  ...RoomSummary.entries,
  intro: string(),
  facilities: array(string()),
  staff: array(string()),
  sessions: array(SessionDto),
})

/** A time change the family was told about: the old times, and whether they still have to answer. */
export const BookingChange = object({ from: SessionTimes, pending: boolean() })

const bookingStatus = picklist(BOOKING_STATUSES)

export const BookingDto = object({
  id: string(),
  status: bookingStatus,
  /** Six digits while the booking holds a place (kept once cancelled); null while waiting. */
  code: nullable(string()),
  /** 1-based place in the waitlist while waitlisted. */
  waitlistPosition: nullable(number()),
  childName: string(),
  carers: number(),
  session: SessionDto,
  roomAddress: string(),
  roomPhone: string(),
  /** Whether cancelling is still allowed (until BOOKING_CLOSES_BEFORE_HOURS before the start). */
  cancellable: boolean(),
  /** The instructor's reason when the room cancelled the session (and with it this booking). */
  roomCancelReason: nullable(string()),
  /** The session's latest time change while the booking holds or waits for a place. */
  change: nullable(BookingChange),
})

/** A family on an instructor's roster: the phone masked, never the check-in code. */
export const RosterEntry = object({
  bookingId: string(),
  childName: string(),
  childAge: string(),
  carers: number(),
  phoneMasked: string(),
  status: bookingStatus,
  waitlistPosition: nullable(number()),
})

export const InstructorSession = object({ ...SessionDto.entries, confirmed: number(), checkedIn: number() })

/** A session saved or cancelled, with how many families were told about it. */
export const SessionNotice = object({ ...InstructorSession.entries, notified: number() })

export const Roster = object({ session: InstructorSession, entries: array(RosterEntry) })

/** What the session editor needs of a room: its name and hours, and its sessions going ahead from today. */
export const RoomSchedule = object({
  roomId: string(),
  roomName: string(),
  /** days: 0 = Sunday … 6 = Saturday */
  hours: object({ days: array(number()), open: string(), close: string() }),
  hoursText: string(),
  sessions: array(InstructorSession),
})

export const RoomMessageDto = object({
  id: string(),
  text: string(),
  at: string(),
  read: boolean(),
  /** The booking to look at (and answer) in 我的预约, if any. */
  bookingId: optional(string()),
})

// ---- What callers send ----

/** A whole number in a range the domain words: the same message whatever is wrong with it. */
const bounded = (message: string, min: number, max: number) =>
  pipe(number(message), integer(message), minValue(min, message), maxValue(max, message))

const sessionId = id('活动编号')
const bookingId = id('预约编号')
const roomId = id('亲子小屋编号')

export const BookInput = object({
  sessionId,
  // Optional so that no child chosen gets the domain's words (请选择参加的孩子).
  childId: optional(id('孩子的编号')),
  carers: bounded(CARERS_MESSAGE, 1, MAX_CARERS),
  /** 'subscribe' when the family granted WeChat's 订阅消息 for news about the session. */
  notify: optional(oneOf(['subscribe'], '是否接收活动变更的微信通知')),
})

/**
 * A session as the editor sends it. The domain's sessionErrors still checks the day, the hours,
 * overlaps and the ages' order; this refuses what is not a date, a time, text or a number at all.
 */
export const SessionInput = object(
  {
    date: dateString('日期'),
    start: timeString('开始时间'),
    end: timeString('结束时间'),
    activity: text('活动内容', { min: 1, max: ACTIVITY_MAX }),
    ageMin: bounded(AGE_RANGE_MESSAGE, 0, AGE_MAX_MONTHS),
    ageMax: bounded(AGE_RANGE_MESSAGE, 0, AGE_MAX_MONTHS),
    capacity: bounded(CAPACITY_MESSAGE, CAPACITY_MIN, CAPACITY_MAX),
  },
  '请填写活动的日期、时间、内容、月龄和名额',
)

/** Six digits as typed: spaces dropped; the length bounds what is read before that. */
const checkInCode = pipe(
  string(CHECK_IN_CODE_MESSAGE),
  maxLength(32, CHECK_IN_CODE_MESSAGE),
  transform(typedCheckInCode),
  check(isCheckInCode, CHECK_IN_CODE_MESSAGE),
)

export const roomsMethods = methods({
  'rooms.list': { summary: '亲子小屋列表：开放时间、联系方式、可约场次数', payload: nothing, result: array(RoomSummary) },
  'rooms.room': { summary: '一个亲子小屋的介绍与今天起可预约范围内的活动', payload: object({ id: roomId }), result: RoomDto },
  'rooms.session': { summary: '一场活动：名额、候补人数、对当前用户的状态', payload: object({ id: sessionId }), result: SessionDto },
  'rooms.book': {
    summary: `预约名额（每家每场一次、同时最多3场、开始前${BOOKING_CLOSES_BEFORE_HOURS}小时截止）`,
    payload: BookInput,
    result: BookingDto,
  },
  'rooms.joinWaitlist': { summary: '加入候补；有空名额时直接预约', payload: BookInput, result: BookingDto },
  'rooms.cancel': { summary: `取消预约或退出候补（开始前${BOOKING_CLOSES_BEFORE_HOURS}小时截止），空出的名额立即给第一位候补`, payload: object({ bookingId }), result: BookingDto },
  'rooms.myBookings': { summary: '我的预约：即将参加与已结束的，含小屋地址电话', payload: nothing, result: array(BookingDto) },
  'rooms.messages': { summary: '亲子小屋发给我的最近20条消息', payload: nothing, result: array(RoomMessageDto) },
  'rooms.readMessages': { summary: '把亲子小屋的消息标为已读', payload: nothing, result: Done },
  'rooms.mySessions': { summary: '我负责的活动：今后全部与过去一周的', payload: nothing, result: array(InstructorSession) },
  'rooms.roster': { summary: '一场活动的名单（电话打码）', payload: object({ sessionId }), result: Roster },
  'rooms.checkIn': { summary: '按签到码签到', payload: object({ sessionId, code: checkInCode }), result: RosterEntry },
  'rooms.markNoShows': { summary: '活动开始后，把未签到的预约标为未到场', payload: object({ sessionId }), result: object({ marked: number() }) },
  'rooms.saveSession': {
    summary: '新建或修改活动；改了时间会通知已预约和候补的家庭',
    form: 'session',
    payload: object({ id: optional(sessionId), roomId, session: SessionInput }),
    result: SessionNotice,
  },
  'rooms.schedule': { summary: '活动编辑页所需：小屋名称、开放时间、今天起的活动', payload: object({ roomId }), result: RoomSchedule },
  'rooms.cancelSession': {
    summary: '取消一场未开始的活动，原因发给已预约和候补的家庭',
    // No minimum here: an empty reason gets the domain's words (请填写取消原因，会发给…).
    payload: object({ sessionId, reason: text('取消原因', { max: CANCEL_REASON_MAX }) }),
    result: SessionNotice,
  },
  'rooms.answerChange': {
    summary: `对活动时间变更的答复：保留名额，或放弃（开始前都可以，不受${BOOKING_CLOSES_BEFORE_HOURS}小时限制）`,
    payload: object({ bookingId, answer: oneOf(CHANGE_ANSWERS, '保留名额还是放弃名额') }),
    result: BookingDto,
  },
})

export type RoomSummary = InferOutput<typeof RoomSummary>
export type RoomDto = InferOutput<typeof RoomDto>
export type SessionDto = InferOutput<typeof SessionDto>
export type BookingChange = InferOutput<typeof BookingChange>
export type BookingDto = InferOutput<typeof BookingDto>
export type RosterEntry = InferOutput<typeof RosterEntry>
export type InstructorSession = InferOutput<typeof InstructorSession>
export type SessionNotice = InferOutput<typeof SessionNotice>
export type Roster = InferOutput<typeof Roster>
export type RoomSchedule = InferOutput<typeof RoomSchedule>
export type RoomMessageDto = InferOutput<typeof RoomMessageDto>
export type BookInput = InferOutput<typeof BookInput>
