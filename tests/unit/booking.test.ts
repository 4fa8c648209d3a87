import {
  bookingClosesAt,
  bookingOpen,
  cancelReason,
  carersError,
  childAgeReason,
  distanceKm,
  familyLimitReason,
  hoursText,
  isCheckInCode,
  sessionErrors,
  sessionStartMs,
  sessionState,
  typedCheckInCode,
  weekdayOf,
  type OpeningHours,
  type SessionInput,
} from '@/domain/booking'

const at = (iso: string) => Date.parse(`${iso}+08:00`)
const session = { date: '2026-11-26', start: '09:30', end: '10:30' }

describe('booking closes two hours before the start', () => {
  test('open until 07:29:59, closed from 07:30', () => {
    expect(sessionStartMs(session)).toBe(at('2026-11-26T09:30:00'))
    expect(bookingClosesAt(session)).toBe(at('2026-11-26T07:30:00'))
    expect(bookingOpen(session, at('2026-11-26T07:29:59'))).toBe(true)
    expect(bookingOpen(session, at('2026-11-26T07:30:00'))).toBe(false)
  })

  test('cancelling follows the same deadline, with the reason', () => {
    expect(cancelReason(session, at('2026-11-25T20:00:00'))).toBeNull()
    expect(cancelReason(session, at('2026-11-26T08:00:00'))).toContain('2小时')
  })
})

describe('how a session looks to a family', () => {
  const base = { session, capacity: 8, now: at('2026-11-25T10:00:00') }
  test('their own booking first, then the deadline, then places', () => {
    expect(sessionState({ ...base, confirmed: 3, mine: null })).toBe('bookable')
    expect(sessionState({ ...base, confirmed: 8, mine: null })).toBe('full')
    expect(sessionState({ ...base, confirmed: 8, mine: 'booked' })).toBe('booked')
    expect(sessionState({ ...base, confirmed: 8, mine: 'waitlisted' })).toBe('waitlisted')
    expect(sessionState({ ...base, confirmed: 3, mine: null, now: at('2026-11-26T08:00:00') })).toBe('closed')
    expect(sessionState({ ...base, confirmed: 3, mine: 'checked-in', now: at('2026-11-26T09:40:00') })).toBe('booked')
    expect(sessionState({ ...base, confirmed: 3, mine: 'cancelled' })).toBe('bookable')
  })

  test('a session the room cancelled is 已取消 to everyone, whatever their booking and the places', () => {
    expect(sessionState({ ...base, confirmed: 3, mine: null, cancelled: true })).toBe('cancelled')
    expect(sessionState({ ...base, confirmed: 8, mine: 'booked', cancelled: true })).toBe('cancelled')
    expect(sessionState({ ...base, confirmed: 0, mine: null, now: at('2026-11-26T08:00:00'), cancelled: true })).toBe('cancelled')
  })
})

describe('who may come', () => {
  test('the child’s age in months on the day of the session must fit the range', () => {
    expect(childAgeReason('2025-09-26', '2026-11-26', 12, 36)).toBeNull() // 14 months
    expect(childAgeReason('2025-11-26', '2026-11-26', 12, 36)).toBeNull() // exactly 12
    expect(childAgeReason('2025-11-27', '2026-11-26', 12, 36)).toContain('还小一些')
    expect(childAgeReason('2023-10-26', '2026-11-26', 12, 36)).toContain('已超出') // 37 months
    expect(childAgeReason('2026-12-01', '2026-11-26', 0, 36)).toBe('孩子尚未出生')
  })

  test('one or two carers', () => {
    expect(carersError(1)).toBeNull()
    expect(carersError(2)).toBeNull()
    expect(carersError(0)).toBe('陪同家长为1–2人')
    expect(carersError(3)).toBe('陪同家长为1–2人')
    expect(carersError(1.5)).toBe('陪同家长为1–2人')
  })

  test('at most three upcoming bookings (waitlist included) per family', () => {
    expect(familyLimitReason(2)).toBeNull()
    expect(familyLimitReason(3)).toContain('最多同时预约3场')
  })
})

describe('instructors’ sessions', () => {
  const hours: OpeningHours = { days: [1, 2, 3, 4, 5, 6], open: '09:00', close: '17:00' }
  const now = at('2026-11-24T10:00:00') // a Tuesday
  const input: SessionInput = { date: '2026-11-27', start: '14:30', end: '15:30', activity: '音乐律动', ageMin: 10, ageMax: 30, capacity: 8 }
  const context = { now, hours, others: [{ date: '2026-11-27', start: '09:30', end: '10:30' }], confirmed: 0 }

  test('a valid session passes', () => {
    expect(weekdayOf('2026-11-24')).toBe(2)
    expect(sessionErrors(input, context)).toEqual({})
  })

  test('end after start, within opening hours, on an open day, not in the past', () => {
    expect(sessionErrors({ ...input, end: '14:30' }, context)).toEqual({ end: '结束时间要晚于开始时间' })
    expect(sessionErrors({ ...input, start: '16:30', end: '17:30' }, context).start).toContain('开放时间')
    expect(sessionErrors({ ...input, date: '2026-11-29' }, context).date).toContain('不开放') // Sunday
    expect(sessionErrors({ ...input, date: '2026-11-23' }, context).date).toBe('不能安排今天以前的活动')
    expect(sessionErrors({ ...input, date: '2026-11-24', start: '09:30', end: '10:00' }, context).start).toBe('开始时间已过')
  })

  test('arranged no further out than families can book: 30 days from today, the reason said', () => {
    expect(sessionErrors({ ...input, date: '2026-12-24' }, context)).toEqual({}) // a Thursday, today + 30
    expect(sessionErrors({ ...input, date: '2026-12-25' }, context).date).toBe('最多提前30天安排活动（家庭只能预约今天起30天内的活动）')
    expect(sessionErrors({ ...input, date: '2027-01-22' }, context).date).toBe('最多提前30天安排活动（家庭只能预约今天起30天内的活动）')
  })

  test('a typed time must be HH:mm; an empty one is asked for', () => {
    expect(sessionErrors({ ...input, start: '', end: '' }, context)).toEqual({ start: '请填写开始时间', end: '请填写结束时间' })
    expect(sessionErrors({ ...input, start: '9点半' }, context).start).toBe('开始时间请写成 10:30 这样的24小时制')
    expect(sessionErrors({ ...input, end: '24:00' }, context).end).toBe('结束时间请写成 11:30 这样的24小时制')
    expect(sessionErrors({ ...input, start: '9:30' }, context).start).toBe('开始时间请写成 10:30 这样的24小时制')
  })

  test('no overlap with another session of the room; touching ends are fine', () => {
    expect(sessionErrors({ ...input, start: '10:00', end: '11:00' }, context).start).toBe('与小屋同一时间的另一场活动重叠')
    expect(sessionErrors({ ...input, start: '10:30', end: '11:30' }, context)).toEqual({})
    expect(sessionErrors({ ...input, start: '09:00', end: '09:30' }, context)).toEqual({})
  })

  test('capacity 1–50 and never below the places already booked', () => {
    expect(sessionErrors({ ...input, capacity: 0 }, context).capacity).toBe('名额为1–50个')
    expect(sessionErrors({ ...input, capacity: 51 }, context).capacity).toBe('名额为1–50个')
    expect(sessionErrors({ ...input, capacity: 4 }, { ...context, confirmed: 5 }).capacity).toBe('已有5个家庭预约，名额不能少于5')
    expect(sessionErrors({ ...input, capacity: 5 }, { ...context, confirmed: 5 })).toEqual({})
  })

  test('a date that does not exist is not rolled over into the next month', () => {
    const lateFebruary = { ...context, now: at('2027-02-20T10:00:00') }
    for (const date of ['2027-02-29', '2027-02-30', '2027-02-31', '2027-13-01']) {
      expect(sessionErrors({ ...input, date }, lateFebruary).date).toBe('请选择日期')
    }
    expect(sessionErrors({ ...input, date: '2027-02-27' }, lateFebruary)).toEqual({})
  })

  test('an activity is named in at most 30 characters, said as every over-long field says it', () => {
    expect(sessionErrors({ ...input, activity: '  ' }, context).activity).toBe('请填写活动内容')
    expect(sessionErrors({ ...input, activity: '涂'.repeat(30) }, context)).toEqual({})
    expect(sessionErrors({ ...input, activity: '涂'.repeat(32) }, context).activity).toBe('最多30个字，已超出2个字，请删减')
  })

  test('ages 0–36 months with the start not after the end', () => {
    expect(sessionErrors({ ...input, ageMin: 20, ageMax: 10 }, context).age).toBeTruthy()
    expect(sessionErrors({ ...input, ageMax: 40 }, context).age).toBeTruthy()
  })
})

test('a check-in code as typed: spaces dropped, then six digits', () => {
  expect(typedCheckInCode(' 123 456 ')).toBe('123456')
  expect(isCheckInCode('123456')).toBe(true)
  for (const code of ['12345', '1234567', '12345a', '１２３４５６', '']) expect(isCheckInCode(code)).toBe(false)
})

test('distance between two rooms in km', () => {
  const cuiyuan = { latitude: 30.2838, longitude: 120.1296 }
  const wenxin = { latitude: 30.2893, longitude: 120.1127 }
  expect(distanceKm(cuiyuan, wenxin)).toBeGreaterThan(1.5)
  expect(distanceKm(cuiyuan, wenxin)).toBeLessThan(2)
  expect(distanceKm(cuiyuan, cuiyuan)).toBe(0)
})

describe('opening hours as people write them', () => {
  const hours = (days: number[]) => hoursText({ days, open: '09:00', close: '17:00' })

  it('writes a run of days as a range, Monday first and Sunday last', () => {
    expect(hours([1, 2, 3, 4, 5, 6])).toBe('周一至周六 09:00–17:00')
    expect(hours([0, 1, 2, 3, 4, 5, 6])).toBe('周一至周日 09:00–17:00')
    expect(hours([6, 0])).toBe('周六、周日 09:00–17:00')
  })

  it('lists short runs and single days, in week order, whatever order they were stored in', () => {
    expect(hours([5, 3, 1, 4])).toBe('周一、周三至周五 09:00–17:00')
    expect(hours([2])).toBe('周二 09:00–17:00')
    expect(hours([1, 1, 2])).toBe('周一、周二 09:00–17:00')
  })
})
