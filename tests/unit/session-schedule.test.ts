import { BOOKING_DAYS_AHEAD, type OpeningHours } from '@/domain/booking'
import {
  firstFreeSlot,
  lastBookableDate,
  normaliseTime,
  overlaps,
  relativeDay,
  sessionDays,
  timeOfDay,
  visibleToFamiliesFrom,
} from '@/domain/session-schedule'

// Tuesday 2026-11-24; 翠苑 opens Monday to Saturday 09:00–17:00.
const TODAY = '2026-11-24'
const hours: OpeningHours = { days: [1, 2, 3, 4, 5, 6], open: '09:00', close: '17:00' }

describe('one horizon for families and instructors', () => {
  test('families book, and instructors arrange, up to 30 days ahead', () => {
    expect(BOOKING_DAYS_AHEAD).toBe(30)
    expect(lastBookableDate(TODAY)).toBe('2026-12-24')
    expect(lastBookableDate('2026-12-31')).toBe('2027-01-30')
  })

  test('a session further out than the horizon becomes visible as the horizon reaches it', () => {
    expect(visibleToFamiliesFrom('2026-12-15', TODAY)).toBe(TODAY)
    expect(visibleToFamiliesFrom('2026-12-24', TODAY)).toBe(TODAY)
    expect(visibleToFamiliesFrom('2026-12-25', TODAY)).toBe('2026-11-25')
    expect(visibleToFamiliesFrom('2027-01-23', TODAY)).toBe('2026-12-24')
  })
})

describe('overlapping sessions', () => {
  const morning = { date: TODAY, start: '09:30', end: '10:30' }
  test('sharing a minute overlaps; ending as the other starts does not; other days never do', () => {
    expect(overlaps(morning, { date: TODAY, start: '10:00', end: '11:00' })).toBe(true)
    expect(overlaps(morning, { date: TODAY, start: '09:00', end: '12:00' })).toBe(true)
    expect(overlaps(morning, { date: TODAY, start: '10:30', end: '11:30' })).toBe(false)
    expect(overlaps(morning, { date: TODAY, start: '08:30', end: '09:30' })).toBe(false)
    expect(overlaps(morning, { ...morning, date: '2026-11-25' })).toBe(false)
  })
})

describe('the first free slot of a room', () => {
  test('tomorrow’s first free hour on the half hour, clear of the room’s sessions', () => {
    const taken = [
      { date: '2026-11-25', start: '09:30', end: '10:30' },
      { date: '2026-11-25', start: '14:30', end: '15:30' },
    ]
    expect(firstFreeSlot({ today: TODAY, hours, taken })).toEqual({ date: '2026-11-25', start: '10:30', end: '11:30' })
  })

  test('an empty room starts at opening time tomorrow; never today', () => {
    expect(firstFreeSlot({ today: TODAY, hours, taken: [] })).toEqual({ date: '2026-11-25', start: '09:00', end: '10:00' })
  })

  test('a longer session needs a longer gap', () => {
    const taken = [
      { date: '2026-11-25', start: '09:30', end: '10:30' },
      { date: '2026-11-25', start: '11:30', end: '17:00' },
    ]
    expect(firstFreeSlot({ today: TODAY, hours, taken, minutes: 90 })).toEqual({ date: '2026-11-26', start: '09:00', end: '10:30' })
    expect(firstFreeSlot({ today: TODAY, hours, taken, minutes: 60 })).toEqual({ date: '2026-11-25', start: '10:30', end: '11:30' })
  })

  test('a closed day is skipped (Saturday is the last open day before Monday)', () => {
    const fullDay = (date: string) => ({ date, start: '09:00', end: '17:00' })
    const taken = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'].map(fullDay)
    expect(firstFreeSlot({ today: TODAY, hours, taken })).toEqual({ date: '2026-11-30', start: '09:00', end: '10:00' })
  })

  test('the last bookable day is still offered; nothing beyond it', () => {
    const days = Array.from({ length: BOOKING_DAYS_AHEAD }, (_, index) => {
      const date = new Date(Date.UTC(2026, 10, 25 + index)).toISOString().slice(0, 10)
      return { date, start: '09:00', end: '17:00' }
    })
    const lastFree = days.slice(0, -1)
    expect(firstFreeSlot({ today: TODAY, hours, taken: lastFree })).toEqual({ date: '2026-12-24', start: '09:00', end: '10:00' })
    expect(firstFreeSlot({ today: TODAY, hours, taken: days })).toBeNull()
  })

  test('a session longer than the opening hours has no slot', () => {
    expect(firstFreeSlot({ today: TODAY, hours: { ...hours, close: '09:30' }, taken: [] })).toBeNull()
  })
})

describe('an instructor’s sessions by day', () => {
  const s = (date: string, start: string, activity: string) => ({ date, start, end: timeOfDay(Number(start.slice(0, 2)) * 60 + 60), activity })

  test('today first, then the days ahead; past days apart, most recent first; each day by start time', () => {
    const { upcoming, past } = sessionDays(
      [
        s('2026-12-15', '10:30', '三周后'),
        s(TODAY, '14:30', '今天下午'),
        s('2026-11-20', '09:30', '上周五'),
        s(TODAY, '09:30', '今天上午'),
        s('2026-11-23', '14:30', '昨天'),
        s('2026-11-25', '09:30', '明天'),
      ],
      TODAY,
    )
    expect(upcoming.map((day) => [day.date, day.sessions.map((one) => one.activity)])).toEqual([
      [TODAY, ['今天上午', '今天下午']],
      ['2026-11-25', ['明天']],
      ['2026-12-15', ['三周后']],
    ])
    expect(past.map((day) => day.date)).toEqual(['2026-11-23', '2026-11-20'])
  })

  test('no sessions, no days', () => {
    expect(sessionDays([], TODAY)).toEqual({ upcoming: [], past: [] })
  })

  test('今天, 明天, 后天, and nothing for other days', () => {
    expect(relativeDay(TODAY, TODAY)).toBe('今天')
    expect(relativeDay('2026-11-25', TODAY)).toBe('明天')
    expect(relativeDay('2026-11-26', TODAY)).toBe('后天')
    expect(relativeDay('2026-11-27', TODAY)).toBeNull()
    expect(relativeDay('2026-11-23', TODAY)).toBeNull()
  })

  test('a typed time is read with a one-digit hour or a Chinese colon; anything else is left for the rules to refuse', () => {
    expect(normaliseTime('9:30')).toBe('09:30')
    expect(normaliseTime(' 9：30 ')).toBe('09:30')
    expect(normaliseTime('14:30')).toBe('14:30')
    expect(normaliseTime('9点半')).toBe('9点半')
    expect(normaliseTime('930')).toBe('930')
    expect(normaliseTime('')).toBe('')
  })

  test('times of day are zero-padded', () => {
    expect(timeOfDay(9 * 60)).toBe('09:00')
    expect(timeOfDay(16 * 60 + 30)).toBe('16:30')
  })
})
