/**
 * Dates are kept as `YYYY-MM-DD` strings (calendar days in China, UTC+8, no daylight saving)
 * and instants as epoch milliseconds. Every rule takes "today" or "now" as an argument.
 */
export type DateString = string

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
export function isDateString(value: unknown): value is DateString {
  if (typeof value !== 'string') return false
  const match = DATE_PATTERN.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The calendar day in China at the instant `nowMs`, whatever the device's time zone. */
export function chinaDate(nowMs: number): DateString {
  return new Date(nowMs + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** "2026-11-25 07:30": the day and time in China at the instant `nowMs`. */
export function chinaDateTime(nowMs: number): string {
  return new Date(nowMs + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** Epoch ms of 00:00 China time on `date`. */
export function chinaMidnight(date: DateString): number {
  return Date.parse(`${date}T00:00:00+08:00`)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateString, to: DateString): number {
  return Math.round((chinaMidnight(to) - chinaMidnight(from)) / DAY_MS)
}

export function addDays(date: DateString, days: number): DateString {
  return chinaDate(chinaMidnight(date) + days * DAY_MS)
}

/**
 * Completed months of age, as parents and the national 婴幼儿 guidance count 月龄: a child born
 * on 1 March is 1 month old on 1 April. Births on the 29th–31st reach the next month on the
 * last day of shorter months (addMonths clamps the day). -1 before the birth date.
 */
export function ageInMonths(birthDate: DateString, today: DateString): number {
  // YYYY-MM-DD strings sort as the dates do.
  if (today < birthDate) return -1
  const [birthYear, birthMonth] = birthDate.split('-').map(Number)
  const [year, month] = today.split('-').map(Number)
  const months = (year - birthYear) * 12 + (month - birthMonth)
  return addMonths(birthDate, months) > today ? months - 1 : months
}

/** "1岁2个月", "8个月", "出生12天". */
export function formatAge(birthDate: DateString, today: DateString): string {
  const months = ageInMonths(birthDate, today)
  if (months < 0) return '尚未出生'
  if (months === 0) return `出生${daysBetween(birthDate, today)}天`
  const years = Math.floor(months / 12)
  const rest = months % 12
  if (years === 0) return `${rest}个月`
  return rest === 0 ? `${years}岁` : `${years}岁${rest}个月`
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** Same day of the month `months` later (earlier when negative), clamped to the month's end. */
export function addMonths(date: DateString, months: number): DateString {
  const [year, month, day] = date.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = index - newYear * 12 + 1
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate()
  return `${String(newYear).padStart(4, '0')}-${twoDigits(newMonth)}-${twoDigits(Math.min(day, lastDay))}`
}

/**
 * ISO dates and timestamps in order (for sort): compared character by character, which for one
 * format is their order. Not localeCompare: its first call builds an ICU collator, about 50 ms of
 * a slow phone's tap, for the same answer.
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
