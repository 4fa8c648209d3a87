import dayjs from 'dayjs'
import { addDays, addMonths, ageInMonths, chinaDate, chinaDateTime, compareIso, daysBetween, formatAge, isDateString } from '@/domain/dates'
import {
  dueDateFromLmp,
  formatGestationalAge,
  gestationalAge,
  lmpFromDueDate,
  trimesterOf,
} from '@/domain/pregnancy'

describe('calendar days in China', () => {
  it('takes the date in UTC+8 whatever the device zone', () => {
    expect(chinaDate(Date.parse('2026-11-24T15:59:59Z'))).toBe('2026-11-24')
    expect(chinaDate(Date.parse('2026-11-24T16:00:00Z'))).toBe('2026-11-25')
  })

  it('validates YYYY-MM-DD strictly', () => {
    expect(isDateString('2024-02-29')).toBe(true)
    expect(isDateString('2025-02-29')).toBe(false)
    expect(isDateString('2024-7-2')).toBe(false)
    expect(isDateString('2024-07-02 10:00')).toBe(false)
    expect(isDateString(20240702)).toBe(false)
  })

  it('counts days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4)
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
  })
})

describe('age in months (月龄)', () => {
  it('is 0 on the day of birth and turns 1 on the same day next month', () => {
    expect(ageInMonths('2026-10-24', '2026-10-24')).toBe(0)
    expect(ageInMonths('2026-10-24', '2026-11-23')).toBe(0)
    expect(ageInMonths('2026-10-24', '2026-11-24')).toBe(1)
  })

  it('reaches exactly 6 and 12 months on the anniversary day', () => {
    expect(ageInMonths('2026-05-24', '2026-11-23')).toBe(5)
    expect(ageInMonths('2026-05-24', '2026-11-24')).toBe(6)
    expect(ageInMonths('2025-11-24', '2026-11-24')).toBe(12)
  })

  it('counts a child born on the 31st a month older on the last day of a short month', () => {
    expect(ageInMonths('2026-01-31', '2026-02-28')).toBe(1)
    expect(ageInMonths('2026-01-31', '2026-02-27')).toBe(0)
  })

  it('is negative before birth', () => {
    expect(ageInMonths('2026-12-01', '2026-11-24')).toBe(-1)
  })

  it('crosses leap days and year ends as a calendar does', () => {
    expect(ageInMonths('2024-02-29', '2025-02-28')).toBe(12)
    expect(ageInMonths('2024-02-29', '2025-02-27')).toBe(11)
    expect(ageInMonths('2025-12-31', '2026-01-30')).toBe(0)
    expect(ageInMonths('2025-12-31', '2026-01-31')).toBe(1)
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15')
    expect(addMonths('2026-11-30', 14)).toBe('2028-01-30')
  })

  // The app once used dayjs for these two; they are now a few lines of its own (3 KB gzip less
  // on every first load), and must agree with dayjs on every pair of dates.
  it('agrees with dayjs for 5,000 pairs of dates across leap years and month ends', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const start = Date.UTC(2019, 0, 1)
    const day = (offset: number) => new Date(start + offset * 86400000).toISOString().slice(0, 10)
    for (let i = 0; i < 5000; i += 1) {
      const birth = day(random(3000))
      const today = day(random(3000))
      const months = random(61) - 30
      const expectedAge = dayjs(today).isBefore(dayjs(birth)) ? -1 : Math.max(0, dayjs(today).diff(dayjs(birth), 'month'))
      expect([birth, today, ageInMonths(birth, today)]).toEqual([birth, today, expectedAge])
      expect([birth, months, addMonths(birth, months)]).toEqual([birth, months, dayjs(birth).add(months, 'month').format('YYYY-MM-DD')])
    }
  })

  it('reads the way parents say it', () => {
    expect(formatAge('2026-11-12', '2026-11-24')).toBe('出生12天')
    expect(formatAge('2026-03-24', '2026-11-24')).toBe('8个月')
    expect(formatAge('2025-11-24', '2026-11-24')).toBe('1岁')
    expect(formatAge('2025-09-18', '2026-11-24')).toBe('1岁2个月')
    expect(formatAge('2026-12-01', '2026-11-24')).toBe('尚未出生')
  })
})

describe('pregnancy dates', () => {
  it('puts the due date 280 days after the LMP, across a leap year', () => {
    expect(dueDateFromLmp('2026-07-04')).toBe('2027-04-10')
    expect(dueDateFromLmp('2023-06-01')).toBe('2024-03-07')
    expect(lmpFromDueDate('2027-04-10')).toBe('2026-07-04')
  })

  it('gives the gestational age as weeks and days', () => {
    expect(formatGestationalAge(gestationalAge('2026-07-04', '2026-11-24'))).toBe('孕20周+3天')
    expect(gestationalAge('2026-11-24', '2026-11-24')).toEqual({ weeks: 0, days: 0, totalDays: 0 })
  })

  it('changes trimester at 14 and 28 weeks', () => {
    expect(trimesterOf({ weeks: 13, days: 6, totalDays: 97 })).toBe(1)
    expect(trimesterOf({ weeks: 14, days: 0, totalDays: 98 })).toBe(2)
    expect(trimesterOf({ weeks: 27, days: 6, totalDays: 195 })).toBe(2)
    expect(trimesterOf({ weeks: 28, days: 0, totalDays: 196 })).toBe(3)
  })
})

describe('chinaDateTime', () => {
  test('gives the day and minute in China, whatever the instant’s UTC day', () => {
    expect(chinaDateTime(Date.parse('2026-11-24T23:30:00Z'))).toBe('2026-11-25 07:30')
    expect(chinaDateTime(Date.parse('2026-11-25T07:30:00+08:00'))).toBe('2026-11-25 07:30')
  })
})

describe('ordering ISO dates and timestamps', () => {
  test('sorts dates across months and years, and timestamps within a day, in time order', () => {
    const dates = ['2027-01-02', '2026-12-31', '2026-02-28', '2026-11-09', '2026-11-10']
    expect([...dates].sort(compareIso)).toEqual(['2026-02-28', '2026-11-09', '2026-11-10', '2026-12-31', '2027-01-02'])
    const stamps = ['2026-11-24T10:00:00.000Z', '2026-11-24T09:59:59.999Z', '2026-11-23T23:00:00.000Z']
    expect([...stamps].sort(compareIso)).toEqual(['2026-11-23T23:00:00.000Z', '2026-11-24T09:59:59.999Z', '2026-11-24T10:00:00.000Z'])
  })

  test('answers 0 for the same instant and a sign that flips with the order', () => {
    expect(compareIso('2026-11-24', '2026-11-24')).toBe(0)
    expect(compareIso('2026-11-24', '2026-11-25')).toBeLessThan(0)
    expect(compareIso('2026-11-25', '2026-11-24')).toBeGreaterThan(0)
    // An empty value (e.g. a draft never published) comes first, as localeCompare put it.
    expect(compareIso('', '2026-11-24')).toBeLessThan(0)
  })
})
