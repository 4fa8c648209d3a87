import { daysBetween, isDateString, type DateString } from './dates'
import { tooLongMessage, type FieldErrors } from './validation'

/**
 * 近期特殊日子: days that weigh on a special family (for a 失独 family, the child's birthday or the
 * day the child died), recorded by its 双岗联系人 only where the family agreed, so they call or
 * visit around them. A day is a month and a day (MM-DD), every year.
 */
export interface SpecialDay {
  /** MM-DD; 02-29 falls on 02-28 in a year without it. */
  monthDay: string
  /** 儿子生日, 儿子忌日… */
  label: string
}

export interface UpcomingSpecialDay extends SpecialDay {
  /** 0 on the day itself. */
  daysAway: number
}

export const SPECIAL_DAY_LABEL_MAX = 20
export const SPECIAL_DAYS_MAX = 5
/** The days the flag looks ahead, today being the first of them. */
export const SPECIAL_DAY_WINDOW = 14

export const SPECIAL_DAY_MESSAGES = {
  date: '请选择日期',
  label: '请写上是什么日子',
  tooMany: `最多记录${SPECIAL_DAYS_MAX}个特殊日子`,
  duplicate: '这个日子已经记过了',
  agree: '请确认家庭已同意记录这些日子',
} as const

const MONTH_DAY = /^(\d{2})-(\d{2})$/

/** True for MM-DD that exists in some year (02-29 included). */
export function isMonthDay(value: unknown): value is string {
  return typeof value === 'string' && MONTH_DAY.test(value) && isDateString(`2000-${value}`)
}

/** The day in `year` the month-day falls on: 02-29 on 02-28 when the year has none. */
function inYear(monthDay: string, year: number): DateString {
  const date = `${String(year).padStart(4, '0')}-${monthDay}`
  return isDateString(date) ? date : `${String(year).padStart(4, '0')}-02-28`
}

/** The next time the month-day comes round, today included. */
export function nextOccurrence(monthDay: string, today: DateString): DateString {
  const year = Number(today.slice(0, 4))
  const thisYear = inYear(monthDay, year)
  return thisYear >= today ? thisYear : inYear(monthDay, year + 1)
}

/**
 * The nearest special day within the window (today and the days after it, `windowDays` in all:
 * with 14, today + 13 is the last), with how many days away it is; null when none is. Days that
 * are not real month-days are skipped. Ties keep the list's order.
 */
export function upcomingSpecialDay(days: readonly SpecialDay[], today: DateString, windowDays = SPECIAL_DAY_WINDOW): UpcomingSpecialDay | null {
  let best: UpcomingSpecialDay | null = null
  for (const day of days) {
    if (!isMonthDay(day.monthDay)) continue
    const daysAway = daysBetween(today, nextOccurrence(day.monthDay, today))
    if (daysAway < windowDays && (best === null || daysAway < best.daysAway)) best = { monthDay: day.monthDay, label: day.label, daysAway }
  }
  return best
}

/** What each row says (`days.0.monthDay`, `days.1.label`) and the list as a whole (`days`); empty when valid. */
export function specialDaysErrors(days: readonly SpecialDay[]): FieldErrors {
  const errors: FieldErrors = {}
  const m = SPECIAL_DAY_MESSAGES
  if (days.length > SPECIAL_DAYS_MAX) errors.days = m.tooMany
  const seen = new Set<string>()
  days.forEach((day, i) => {
    if (!isMonthDay(day.monthDay)) errors[`days.${i}.monthDay`] = m.date
    else if (seen.has(day.monthDay)) errors[`days.${i}.monthDay`] = m.duplicate
    else seen.add(day.monthDay)
    const label = day.label.trim().length
    if (label === 0) errors[`days.${i}.label`] = m.label
    else if (label > SPECIAL_DAY_LABEL_MAX) errors[`days.${i}.label`] = tooLongMessage(label, SPECIAL_DAY_LABEL_MAX)
  })
  return errors
}

export interface SpecialDaysInput {
  days: readonly SpecialDay[]
  /** The family agreed (on the phone or in person) that their contacts record these days. */
  familyAgreed: boolean
}

/**
 * The whole form, as the page and the backend check it: an empty list without the agreement is
 * the family withdrawing it (everything is cleared); any day needs the agreement.
 */
export function specialDaysInputErrors(input: SpecialDaysInput): FieldErrors {
  const errors = specialDaysErrors(input.days)
  if (input.days.length > 0 && !input.familyAgreed) errors.familyAgreed = SPECIAL_DAY_MESSAGES.agree
  return errors
}
