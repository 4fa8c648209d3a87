import { ageInMonths, chinaDate, chinaMidnight, daysBetween, isDateString, type DateString } from './dates'
import { UNDER_THREE_MONTHS } from './under-three'
import { tooLongMessage } from './validation'

/**
 * 向日葵亲子小屋 booking rules. Every rule takes "now" (epoch ms) as an argument so tests can
 * stand at any moment; times of day are China time (HH:mm).
 */
/**
 * Booking and cancelling close this many hours before a session starts (the service promises
 * 开始前2小时截止 for rooms.book and rooms.cancel). The one figure for the deadline: the backend's
 * checks and messages, BookingDto.cancellable and the book page's 截止 time all read it.
 */
export const BOOKING_CLOSES_BEFORE_HOURS = 2
export const BOOKING_CLOSES_BEFORE_MS = BOOKING_CLOSES_BEFORE_HOURS * 60 * 60 * 1000
export const MAX_UPCOMING_PER_FAMILY = 3
export const MAX_CARERS = 2
export const CAPACITY_MIN = 1
export const CAPACITY_MAX = 50
/** Sessions are for children of 0–3: ages are given in months up to this. */
export const AGE_MAX_MONTHS = UNDER_THREE_MONTHS
/** An activity's name fits one line of a session card. */
export const ACTIVITY_MAX = 30
export const CARERS_MESSAGE = `陪同家长为1–${MAX_CARERS}人`
export const AGE_RANGE_MESSAGE = `适合月龄应在0–${AGE_MAX_MONTHS}个月之间，且起始不大于结束`
export const CAPACITY_MESSAGE = `名额为${CAPACITY_MIN}–${CAPACITY_MAX}个`
/**
 * The one horizon for sessions: families see and book sessions up to this many days from today,
 * and instructors arrange sessions no further out, so every session arranged is one families can
 * find. The editor, the backend's check and the families' calendar all read it from here.
 */
export const BOOKING_DAYS_AHEAD = 30

export interface SessionTimes {
  date: DateString
  start: string
  end: string
}

export const BOOKING_STATUSES = ['booked', 'checked-in', 'cancelled', 'no-show', 'waitlisted'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: '待参加',
  'checked-in': '已签到',
  cancelled: '已取消',
  'no-show': '未到场',
  waitlisted: '候补中',
}

/**
 * The code a family shows at the door: six digits, given with a confirmed place. It is drawn at
 * random for each booking (mock/areas/rooms/check-in-codes.ts), so no family can work out another's.
 */
export const CHECK_IN_CODE_LENGTH = 6
export const CHECK_IN_CODE_MESSAGE = `签到码是${CHECK_IN_CODE_LENGTH}位数字`
/** A typed code as the rules read it: people read six digits out in pairs or threes, with spaces. */
export const typedCheckInCode = (typed: string) => typed.replace(/\s/g, '')
export const isCheckInCode = (code: string) => new RegExp(`^\\d{${CHECK_IN_CODE_LENGTH}}$`).test(code)

/** A booking that holds (or waits for) a place. */
export const isActive = (status: BookingStatus) => status === 'booked' || status === 'checked-in' || status === 'waitlisted'
/** A booking that takes a place. */
export const isConfirmed = (status: BookingStatus) => status === 'booked' || status === 'checked-in'

export function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN
}

export function sessionStartMs(session: SessionTimes): number {
  return chinaMidnight(session.date) + minutesOf(session.start) * 60_000
}

export function sessionEndMs(session: SessionTimes): number {
  return chinaMidnight(session.date) + minutesOf(session.end) * 60_000
}

/** Booking and cancelling close BOOKING_CLOSES_BEFORE_HOURS before the start. */
export function bookingClosesAt(session: SessionTimes): number {
  return sessionStartMs(session) - BOOKING_CLOSES_BEFORE_MS
}

export function bookingOpen(session: SessionTimes, now: number): boolean {
  return now < bookingClosesAt(session)
}

export const SESSION_STATES = ['bookable', 'full', 'closed', 'booked', 'waitlisted', 'cancelled'] as const
export type SessionState = (typeof SESSION_STATES)[number]

export const SESSION_STATE_LABELS: Record<SessionState, string> = {
  bookable: '可预约',
  full: '已约满',
  closed: '已截止',
  booked: '已预约',
  waitlisted: '候补中',
  cancelled: '已取消',
}

/**
 * How a session looks to one family: cancelled by the room above all, then their own booking,
 * then the deadline, then places.
 */
export function sessionState(args: {
  session: SessionTimes
  capacity: number
  confirmed: number
  mine: BookingStatus | null
  now: number
  cancelled?: boolean
}): SessionState {
  if (args.cancelled) return 'cancelled'
  if (args.mine && isConfirmed(args.mine)) return 'booked'
  if (args.mine === 'waitlisted') return 'waitlisted'
  if (!bookingOpen(args.session, args.now)) return 'closed'
  if (args.confirmed >= args.capacity) return 'full'
  return 'bookable'
}

/** Why this child cannot come to a session for ages min–max months, or null when they can. */
export function childAgeReason(birthDate: DateString, sessionDate: DateString, min: number, max: number): string | null {
  const months = ageInMonths(birthDate, sessionDate)
  if (months < 0) return '孩子尚未出生'
  if (months < min) return `活动适合${min}–${max}个月的孩子，到活动当天孩子${months}个月，还小一些`
  if (months > max) return `活动适合${min}–${max}个月的孩子，到活动当天孩子${months}个月，已超出`
  return null
}

export function carersError(carers: number): string | null {
  if (!Number.isInteger(carers) || carers < 1 || carers > MAX_CARERS) return CARERS_MESSAGE
  return null
}

/**
 * Why the family may not book (or join the waitlist of) one more session, or null. Waitlist
 * places count toward the limit, so promoting from the waitlist never exceeds it.
 */
export function familyLimitReason(upcomingActive: number): string | null {
  return upcomingActive >= MAX_UPCOMING_PER_FAMILY ? `每个家庭最多同时预约${MAX_UPCOMING_PER_FAMILY}场未开始的活动（含候补）` : null
}

export function cancelReason(session: SessionTimes, now: number): string | null {
  return bookingOpen(session, now) ? null : `活动开始前${BOOKING_CLOSES_BEFORE_HOURS}小时内不能取消，如不能参加请直接联系小屋`
}

export interface OpeningHours {
  /** 0 = Sunday … 6 = Saturday */
  days: number[]
  open: string
  close: string
}

export interface SessionInput extends SessionTimes {
  activity: string
  ageMin: number
  ageMax: number
  capacity: number
}

export type SessionField = 'date' | 'start' | 'end' | 'activity' | 'age' | 'capacity'

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export function weekdayOf(date: DateString): number {
  return new Date(chinaMidnight(date) + 8 * 3_600_000).getUTCDay()
}

/** 周一 … 周日 for a date. */
export function weekdayName(date: DateString): string {
  return WEEKDAY_NAMES[weekdayOf(date)]
}

/** 0 = Sunday is written last, as a Chinese week runs 周一 … 周日. */
const weekOrder = (day: number) => (day === 0 ? 7 : day)

/**
 * Opening days as people write them: a run of three or more days as 周一至周六, shorter runs and
 * single days listed (周一、周三至周五), then the hours: 周一至周六 09:00–17:00.
 */
export function hoursText(hours: OpeningHours): string {
  const days = [...new Set(hours.days)].sort((a, b) => weekOrder(a) - weekOrder(b))
  const runs: number[][] = []
  for (const day of days) {
    const run = runs[runs.length - 1]
    if (run && weekOrder(day) === weekOrder(run[run.length - 1]) + 1) run.push(day)
    else runs.push([day])
  }
  const written = runs.flatMap((run) => (run.length >= 3 ? [`${WEEKDAY_NAMES[run[0]]}至${WEEKDAY_NAMES[run[run.length - 1]]}`] : run.map((day) => WEEKDAY_NAMES[day])))
  return `${written.join('、')} ${hours.open}–${hours.close}`
}

/**
 * A session an instructor creates or edits: a real day from today within the booking horizon
 * (the same BOOKING_DAYS_AHEAD families book within),
 * inside opening hours, end after start, not overlapping another session of the room, ages
 * 0–36 months, capacity 1–50 and not below the places already booked.
 */
export function sessionErrors(
  input: SessionInput,
  context: { now: number; hours: OpeningHours; others: SessionTimes[]; confirmed: number },
): Partial<Record<SessionField, string>> {
  const errors: Partial<Record<SessionField, string>> = {}
  const today = chinaDate(context.now)
  const start = minutesOf(input.start)
  const end = minutesOf(input.end)
  // A real calendar day: 2027-02-29 would otherwise roll over into March.
  if (!isDateString(input.date)) errors.date = '请选择日期'
  else if (daysBetween(today, input.date) < 0) errors.date = '不能安排今天以前的活动'
  else if (daysBetween(today, input.date) > BOOKING_DAYS_AHEAD) {
    errors.date = `最多提前${BOOKING_DAYS_AHEAD}天安排活动（家庭只能预约今天起${BOOKING_DAYS_AHEAD}天内的活动）`
  }
  else if (!context.hours.days.includes(weekdayOf(input.date))) errors.date = `小屋这天不开放（开放时间：${hoursText(context.hours)}）`
  if (Number.isNaN(start)) errors.start = input.start.trim() ? '开始时间请写成 10:30 这样的24小时制' : '请填写开始时间'
  if (Number.isNaN(end)) errors.end = input.end.trim() ? '结束时间请写成 11:30 这样的24小时制' : '请填写结束时间'
  if (!errors.start && !errors.end) {
    if (end <= start) errors.end = '结束时间要晚于开始时间'
    else if (start < minutesOf(context.hours.open) || end > minutesOf(context.hours.close)) {
      errors.start = `活动要在开放时间 ${context.hours.open}–${context.hours.close} 内`
    } else if (!errors.date && sessionStartMs(input) <= context.now) errors.start = '开始时间已过'
    else if (
      !errors.date &&
      context.others.some((other) => other.date === input.date && minutesOf(other.start) < end && start < minutesOf(other.end))
    ) {
      errors.start = '与小屋同一时间的另一场活动重叠'
    }
  }
  if (!input.activity.trim()) errors.activity = '请填写活动内容'
  else if (input.activity.trim().length > ACTIVITY_MAX) errors.activity = tooLongMessage(input.activity.trim().length, ACTIVITY_MAX)
  if (!Number.isInteger(input.ageMin) || !Number.isInteger(input.ageMax) || input.ageMin < 0 || input.ageMax > AGE_MAX_MONTHS || input.ageMin > input.ageMax) {
    errors.age = AGE_RANGE_MESSAGE
  }
  if (!Number.isInteger(input.capacity) || input.capacity < CAPACITY_MIN || input.capacity > CAPACITY_MAX) {
    errors.capacity = CAPACITY_MESSAGE
  } else if (input.capacity < context.confirmed) {
    errors.capacity = `已有${context.confirmed}个家庭预约，名额不能少于${context.confirmed}`
  }
  return errors
}

/** Distance in km between two points (haversine), for sorting rooms when location is granted. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 6371 * 2 * Math.asin(Math.sqrt(h))
}
