import type { Child, FamilyProfile } from '@/domain/family'
import { checklistChildren, claimInputOf, DEFAULT_SITUATION, focusBirth, parseWage, type SupportSituation } from '@/domain/support-profile'

// The seeded clock's day. 42+0 weeks (294 days) before it is 2026-02-03: a pregnancy with that
// LMP has just passed term; one a day later (2026-02-04, 41+6) still runs, due 2026-11-11.
const TODAY = '2026-11-24'
const PAST_TERM_LMP = '2026-02-03'
const LAST_DAY_LMP = '2026-02-04'

const child = (id: string, name: string, birthDate: string): Child => ({ id, name, birthDate, gender: 'female' })
const LELE = child('child-1', '乐乐', '2025-09-18')
const family = (children: Child[], lmp: string | null = null): FamilyProfile => ({ children, pregnancy: lmp ? { lmp } : null })
const situation = (changes: Partial<SupportSituation> = {}): SupportSituation => ({ ...DEFAULT_SITUATION, ...changes })

describe('focusBirth: the birth the leave calendar is about', () => {
  it('an ongoing pregnancy: its due date, estimated, the next child in order, the babies the family expects', () => {
    expect(focusBirth(family([LELE], '2026-07-04'), situation({ expectedBabies: 2 }), TODAY)).toEqual({
      from: '2027-04-10',
      estimated: true,
      babies: 2,
      birthOrder: 2,
      names: [],
    })
    // A first pregnancy, on its last day before 42 weeks: still the focus.
    expect(focusBirth(family([], LAST_DAY_LMP), situation(), TODAY)).toEqual({ from: '2026-11-11', estimated: true, babies: 1, birthOrder: 1, names: [] })
  })

  it('a pregnancy past 42 weeks is over (the app asks how it ended): the youngest child is the focus', () => {
    const older = child('child-0', '哥哥', '2022-03-01')
    expect(focusBirth(family([older, LELE], PAST_TERM_LMP), situation({ expectedBabies: 2 }), TODAY)).toEqual({
      from: '2025-09-18',
      estimated: false,
      babies: 1,
      birthOrder: 2,
      names: ['乐乐'],
    })
    expect(focusBirth(family([], PAST_TERM_LMP), situation(), TODAY)).toBeNull()
  })

  it('twins born the same day: two babies, both named, the birth order counting only the children born before them', () => {
    const older = child('child-0', '哥哥', '2024-01-10')
    const twins = [child('child-2', '大宝', '2026-11-20'), child('child-3', '小宝', '2026-11-20')]
    // The situation's expectedBabies is for a pregnancy; a birth counts the children it gave.
    expect(focusBirth(family([twins[0], older, twins[1]]), situation({ expectedBabies: 1 }), TODAY)).toEqual({
      from: '2026-11-20',
      estimated: false,
      babies: 2,
      birthOrder: 2,
      names: ['大宝', '小宝'],
    })
  })

  it('nothing once the youngest child turns three; the day before, still that child', () => {
    expect(focusBirth(family([child('c', '豆豆', '2023-11-24')]), situation(), TODAY)).toBeNull()
    expect(focusBirth(family([child('c', '豆豆', '2023-11-25')]), situation(), TODAY)).toMatchObject({ from: '2023-11-25', names: ['豆豆'] })
  })

  it('a child with a birth date ahead is not born yet: neither the focus nor counted before the youngest', () => {
    const ahead = child('child-9', '未来', '2026-12-30')
    expect(focusBirth(family([LELE, ahead]), situation(), TODAY)).toEqual({ from: '2025-09-18', estimated: false, babies: 1, birthOrder: 1, names: ['乐乐'] })
    expect(focusBirth(family([ahead]), situation(), TODAY)).toBeNull()
  })
})

describe('claimInputOf: what whatWeCanClaim is given', () => {
  it('the ongoing pregnancy’s due date, the born children, and the situation as said', () => {
    const ahead = child('child-9', '未来', '2026-12-30')
    const said = situation({ motherInsured: true, averageMonthlyWage: 9000, deductionSplit: 'shared', expectedBabies: 2, difficultBirth: true })
    expect(claimInputOf(family([LELE, ahead], '2026-07-04'), said, TODAY)).toEqual({
      children: [LELE],
      dueDate: '2027-04-10',
      expectedBabies: 2,
      difficultBirth: true,
      motherInsured: true,
      averageMonthlyWage: 9000,
      deductionSplit: 'shared',
    })
  })

  it('a pregnancy past 42 weeks gives no due date; a wage not said is undefined, not null', () => {
    const input = claimInputOf(family([LELE], PAST_TERM_LMP), situation(), TODAY)
    expect(input.dueDate).toBeNull()
    expect(input.averageMonthlyWage).toBeUndefined()
    expect(claimInputOf(family([LELE], LAST_DAY_LMP), situation(), TODAY).dueDate).toBe('2026-11-11')
  })
})

describe('checklistChildren: 出生一件事 until the third birthday', () => {
  it('keeps children born up to today and younger than three; drops one on the third birthday and one not born yet', () => {
    const bornToday = child('a', '今天', TODAY)
    const dayBefore = child('b', '差一天', '2023-11-25')
    const third = child('c', '三岁', '2023-11-24')
    const ahead = child('d', '未来', '2026-11-25')
    expect(checklistChildren([third, dayBefore, bornToday, ahead, LELE], TODAY)).toEqual([dayBefore, bornToday, LELE])
    expect(checklistChildren([], TODAY)).toEqual([])
  })
})

describe('parseWage: the monthly wage as typed', () => {
  it('blank (or only spaces) is "not said"', () => {
    expect(parseWage('')).toBeNull()
    expect(parseWage('   ')).toBeNull()
  })

  it.each([
    ['9000', 9000],
    ['９０００', 9000],
    ['9,000', 9000],
    ['9，000', 9000],
    [' 9000 ', 9000],
    ['1', 1],
    ['200000', 200000],
  ])('%s is %d 元', (typed, wage) => {
    expect(parseWage(typed)).toBe(wage)
  })

  it.each(['0', '-5', '9000.5', 'abc', '9000元', '1e4', '200001'])('%s is not a wage', (typed) => {
    expect(parseWage(typed)).toBeUndefined()
  })
})
