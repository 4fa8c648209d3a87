import { AGE_MAX_MONTHS } from '@/domain/booking'
import { SEARCH_LIMITS, VISIT_LIMITS } from '@/domain/centres'
import { firstChildUnderThree, monthsIfUnderThree, UNDER_THREE_MONTHS } from '@/domain/under-three'

const TODAY = '2026-12-02'

describe('a child under three (0–36 months)', () => {
  it('counts a baby born today as 0 months and a child on their third birthday as 36', () => {
    expect(monthsIfUnderThree(TODAY, TODAY)).toBe(0)
    expect(monthsIfUnderThree('2023-12-02', TODAY)).toBe(36)
    // 36 months and some days: still within the 36th month the services take.
    expect(monthsIfUnderThree('2023-11-10', TODAY)).toBe(36)
  })

  it('is not a child not born yet (a birth date ahead) nor one of 37 months', () => {
    expect(monthsIfUnderThree('2026-12-03', TODAY)).toBeNull()
    expect(monthsIfUnderThree('2027-03-01', TODAY)).toBeNull()
    expect(monthsIfUnderThree('2023-11-02', TODAY)).toBeNull()
  })

  it('picks the first child of the family who is under three, skipping the unborn and the older', () => {
    const children = [
      { name: '哥哥', birthDate: '2021-05-01' },
      { name: '二宝', birthDate: '2027-01-15' },
      { name: '乐乐', birthDate: '2025-09-20' },
      { name: '豆豆', birthDate: '2024-12-01' },
    ]
    expect(firstChildUnderThree(children, TODAY)).toEqual({ name: '乐乐', months: 14 })
    expect(firstChildUnderThree(children.slice(0, 2), TODAY)).toBeNull()
    expect(firstChildUnderThree([], TODAY)).toBeNull()
  })

  it('is the one limit of 托育机构 search, 预约参观 and 亲子小屋 sessions', () => {
    expect([SEARCH_LIMITS.ageMonths, VISIT_LIMITS.childAgeMonths, AGE_MAX_MONTHS]).toEqual([UNDER_THREE_MONTHS, UNDER_THREE_MONTHS, UNDER_THREE_MONTHS])
  })
})
