import {
  isMonthDay,
  nextOccurrence,
  SPECIAL_DAY_MESSAGES as M,
  specialDaysErrors,
  specialDaysInputErrors,
  upcomingSpecialDay,
  type SpecialDay,
} from '@/domain/special-days'

const day = (monthDay: string, label = '儿子生日'): SpecialDay => ({ monthDay, label })

describe('isMonthDay', () => {
  it.each(['01-01', '02-29', '12-31'])('%s is a month-day', (value) => expect(isMonthDay(value)).toBe(true))
  it.each(['02-30', '13-01', '00-10', '1-5', '2026-01-05', '', null])('%s is not', (value) => expect(isMonthDay(value)).toBe(false))
})

describe('nextOccurrence', () => {
  it('is today when the day is today, this year when still to come, next year when past', () => {
    expect(nextOccurrence('11-24', '2026-11-24')).toBe('2026-11-24')
    expect(nextOccurrence('12-01', '2026-11-24')).toBe('2026-12-01')
    expect(nextOccurrence('11-23', '2026-11-24')).toBe('2027-11-23')
  })

  it('02-29 falls on 02-28 in a year without it, and on 02-29 in a leap year', () => {
    expect(nextOccurrence('02-29', '2027-01-10')).toBe('2027-02-28')
    expect(nextOccurrence('02-29', '2028-01-10')).toBe('2028-02-29')
    // Past 02-28 in 2027: next year is a leap year.
    expect(nextOccurrence('02-29', '2027-03-01')).toBe('2028-02-29')
  })
})

describe('upcomingSpecialDay', () => {
  const TODAY = '2026-11-24'

  it('today itself is 0 days away', () => {
    expect(upcomingSpecialDay([day('11-24', '儿子忌日')], TODAY)).toEqual({ monthDay: '11-24', label: '儿子忌日', daysAway: 0 })
  })

  it('the 14th day counting today (13 days away) is in, the 15th (14 days away) is out', () => {
    expect(upcomingSpecialDay([day('12-07')], TODAY)).toMatchObject({ daysAway: 13 })
    expect(upcomingSpecialDay([day('12-08')], TODAY)).toBeNull()
  })

  it('a wider or narrower window is the caller’s', () => {
    expect(upcomingSpecialDay([day('12-08')], TODAY, 15)).toMatchObject({ daysAway: 14 })
    expect(upcomingSpecialDay([day('11-25')], TODAY, 1)).toBeNull()
  })

  it('yesterday’s day is a year away, not in the window', () => {
    expect(upcomingSpecialDay([day('11-23')], TODAY)).toBeNull()
  })

  it('wraps over the year end: on 12-25, 01-03 is 9 days away', () => {
    expect(upcomingSpecialDay([day('01-03')], '2026-12-25')).toEqual({ monthDay: '01-03', label: '儿子生日', daysAway: 9 })
  })

  it('picks the nearest of several, whatever their order', () => {
    const days = [day('12-05', '儿子生日'), day('03-02', '结婚纪念日'), day('11-28', '儿子忌日')]
    expect(upcomingSpecialDay(days, TODAY)).toEqual({ monthDay: '11-28', label: '儿子忌日', daysAway: 4 })
  })

  it('02-29 is kept on 02-28 in 2027', () => {
    expect(upcomingSpecialDay([day('02-29')], '2027-02-20')).toMatchObject({ monthDay: '02-29', daysAway: 8 })
    expect(upcomingSpecialDay([day('02-29')], '2028-02-20')).toMatchObject({ daysAway: 9 })
  })

  it('nothing recorded, or nothing real, is null', () => {
    expect(upcomingSpecialDay([], TODAY)).toBeNull()
    expect(upcomingSpecialDay([day('02-30')], '2027-02-20')).toBeNull()
  })
})

describe('specialDaysErrors', () => {
  it('a good list has none', () => {
    expect(specialDaysErrors([day('03-12', '儿子生日'), day('08-09', '儿子忌日')])).toEqual({})
    expect(specialDaysErrors([])).toEqual({})
  })

  it('says what is wrong at each row’s field', () => {
    expect(specialDaysErrors([day('', '儿子生日'), day('02-30', '  '), day('05-01', '一二三四五六七八九十一二三四五六七八九十一')])).toEqual({
      'days.0.monthDay': M.date,
      'days.1.monthDay': M.date,
      'days.1.label': M.label,
      'days.2.label': '最多20个字，已超出1个字，请删减',
    })
  })

  it('a label of exactly 20 characters is fine', () => {
    expect(specialDaysErrors([day('05-01', '一二三四五六七八九十一二三四五六七八九十')])).toEqual({})
  })

  it('the same day twice is refused at the second', () => {
    expect(specialDaysErrors([day('03-12', '儿子生日'), day('03-12', '老伴生日')])).toEqual({ 'days.1.monthDay': M.duplicate })
  })

  it('at most 5 days', () => {
    const six = ['01-01', '02-01', '03-01', '04-01', '05-01', '06-01'].map((monthDay) => day(monthDay))
    expect(specialDaysErrors(six)).toEqual({ days: '最多记录5个特殊日子' })
    expect(specialDaysErrors(six.slice(0, 5))).toEqual({})
  })
})

describe('specialDaysInputErrors', () => {
  it('days need the family’s agreement; an empty list without it is the family withdrawing', () => {
    expect(specialDaysInputErrors({ days: [day('03-12')], familyAgreed: false })).toEqual({ familyAgreed: '请确认家庭已同意记录这些日子' })
    expect(specialDaysInputErrors({ days: [day('03-12')], familyAgreed: true })).toEqual({})
    expect(specialDaysInputErrors({ days: [], familyAgreed: false })).toEqual({})
  })
})
