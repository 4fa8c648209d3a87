import { BOOKING_DAYS_AHEAD, minutesOf, weekdayOf, type OpeningHours, type SessionTimes } from './booking'
import { addDays, compareIso, type DateString, daysBetween } from './dates'

/**
 * Where sessions sit in time for the people who arrange them: the one horizon families book
 * within and instructors arrange within, the first free hour of a room, and an instructor's
 * sessions by day. Pure; "today" is always passed in.
 */

/** A new session lasts an hour unless the instructor says otherwise. */
export const DEFAULT_SESSION_MINUTES = 60
/** Free slots are looked for on the half hour, as rooms time their sessions. */
const SLOT_STEP_MINUTES = 30
/** Past sessions an instructor still sees (folded away), for rosters and no-shows. */
export const PAST_DAYS_SHOWN = 7

/** The last day families can book, which is also the last day a session can be arranged for. */
export function lastBookableDate(today: DateString): DateString {
  return addDays(today, BOOKING_DAYS_AHEAD)
}

/** The first day families see a session on `date` in the calendar (today when it is already in reach). */
export function visibleToFamiliesFrom(date: DateString, today: DateString): DateString {
  const from = addDays(date, -BOOKING_DAYS_AHEAD)
  return from > today ? from : today
}

/** A typed time as the rules read it: 9:30 and 9：30 (a Chinese keyboard's colon) become 09:30. */
export function normaliseTime(raw: string): string {
  const match = /^(\d{1,2})[:：](\d{2})$/.exec(raw.trim())
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : raw.trim()
}

export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** Whether two sessions share any minute of the same day (one ending as the other starts is fine). */
export function overlaps(a: SessionTimes, b: SessionTimes): boolean {
  return a.date === b.date && minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end)
}

/**
 * The first `minutes`-long slot, from tomorrow to the last bookable day, inside the room's
 * opening hours and clear of its other sessions; null when the whole horizon is taken.
 * Tomorrow, not today: a session starting within hours could hardly be booked.
 */
export function firstFreeSlot(args: {
  today: DateString
  hours: OpeningHours
  taken: SessionTimes[]
  minutes?: number
}): SessionTimes | null {
  const length = args.minutes ?? DEFAULT_SESSION_MINUTES
  const open = minutesOf(args.hours.open)
  const close = minutesOf(args.hours.close)
  for (let offset = 1; offset <= BOOKING_DAYS_AHEAD; offset += 1) {
    const date = addDays(args.today, offset)
    if (!args.hours.days.includes(weekdayOf(date))) continue
    for (let start = open; start + length <= close; start += SLOT_STEP_MINUTES) {
      const slot = { date, start: timeOfDay(start), end: timeOfDay(start + length) }
      if (!args.taken.some((other) => overlaps(slot, other))) return slot
    }
  }
  return null
}

export interface SessionDay<T> {
  date: DateString
  sessions: T[]
}

/**
 * An instructor's sessions by day: today and the days ahead in order (today first), and the
 * past days most recent first, each day's sessions by start time.
 */
export function sessionDays<T extends SessionTimes>(sessions: T[], today: DateString): { upcoming: SessionDay<T>[]; past: SessionDay<T>[] } {
  const byDay = new Map<DateString, T[]>()
  for (const session of [...sessions].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))) {
    const day = byDay.get(session.date) ?? []
    day.push(session)
    byDay.set(session.date, day)
  }
  const days = [...byDay.entries()].map(([date, list]) => ({ date, sessions: list })).sort((a, b) => compareIso(a.date, b.date))
  return {
    upcoming: days.filter((day) => day.date >= today),
    past: days.filter((day) => day.date < today).reverse(),
  }
}

/** 今天 / 明天 / 后天 for the next days, null further out or in the past. */
export function relativeDay(date: DateString, today: DateString): '今天' | '明天' | '后天' | null {
  const days = daysBetween(today, date)
  return days === 0 ? '今天' : days === 1 ? '明天' : days === 2 ? '后天' : null
}
