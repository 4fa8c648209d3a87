import type { RuleItem } from '@/domain/birth-support-rules'
import { SPECIAL_FAMILY_KINDS } from '@/domain/care'
import {
  ageOn,
  bracketLabel,
  coverageRulesFor,
  NATIONAL_COVERAGE,
  subsidyFor,
  ZHEJIANG_COVERAGE,
  type CoverageRules,
  type SubsidyBracket,
} from '@/domain/three-coverage'

const TODAY = '2026-11-24'

describe('ageOn', () => {
  it('counts the age reached in today’s calendar year', () => {
    expect(ageOn(1964, TODAY)).toBe(62)
    expect(ageOn(1958, TODAY)).toBe(68)
    // The whole year at the same age, from 1 January to 31 December.
    expect(ageOn(1966, '2026-01-01')).toBe(60)
    expect(ageOn(1966, '2026-12-31')).toBe(60)
    expect(ageOn(1966, '2025-12-31')).toBe(59)
  })

  it('is never below 0 (a birth year after today, a typo)', () => {
    expect(ageOn(2030, TODAY)).toBe(0)
    expect(ageOn(2026, TODAY)).toBe(0)
  })
})

describe('subsidyFor: 特别扶助金 per person per month', () => {
  it('nationally: 590 for a 失独 family and 460 for a 伤残 one, at any age', () => {
    for (const age of [49, 59, 60, 69, 70, 90]) {
      expect(subsidyFor('bereaved', age, 'national')).toMatchObject({ yuanPerMonth: 590, bracket: '不分年龄', regionName: '全国' })
      expect(subsidyFor('disabled', age, 'national')).toMatchObject({ yuanPerMonth: 460, bracket: '不分年龄', regionName: '全国' })
    }
  })

  it.each([
    [59, 1000, 800, '60周岁以下'],
    [60, 1200, 950, '60–69周岁'],
    [69, 1200, 950, '60–69周岁'],
    [70, 1400, 1100, '70周岁及以上'],
  ])('in 浙江 at %i: 失独 %i, 伤残 %i (%s)', (age, bereaved, disabled, bracket) => {
    expect(subsidyFor('bereaved', age, 'zhejiang')).toMatchObject({ yuanPerMonth: bereaved, bracket, regionName: '浙江' })
    expect(subsidyFor('disabled', age, 'zhejiang')).toMatchObject({ yuanPerMonth: disabled, bracket, regionName: '浙江' })
  })

  it('张建国 (1964, 失独) and 王桂英 (1958, 伤残) on 2026-11-24 are both in the 60–69 bracket', () => {
    expect(subsidyFor('bereaved', ageOn(1964, TODAY), 'zhejiang')).toMatchObject({ yuanPerMonth: 1200, bracket: '60–69周岁' })
    expect(subsidyFor('disabled', ageOn(1958, TODAY), 'zhejiang')).toMatchObject({ yuanPerMonth: 950, bracket: '60–69周岁' })
  })

  it('finds 浙江 under its other names, and gives the national figure for a region it does not know', () => {
    for (const name of ['浙江', '浙江省', '330000']) expect(subsidyFor('bereaved', 62, name).yuanPerMonth).toBe(1200)
    for (const name of ['jiangsu', '', 'constructor', '__proto__']) {
      expect(subsidyFor('bereaved', 62, name)).toMatchObject({ yuanPerMonth: 590, regionName: '全国' })
      expect(coverageRulesFor(name)).toBe(NATIONAL_COVERAGE)
    }
  })

  it('a kind of family without its own figure in the region is paid the national one, on the region’s schedule', () => {
    const onlyBereaved: CoverageRules = { ...ZHEJIANG_COVERAGE, subsidy: { bereaved: ZHEJIANG_COVERAGE.subsidy.bereaved } }
    const rulesOf = () => onlyBereaved
    expect(subsidyFor('disabled', 62, 'zhejiang', rulesOf)).toMatchObject({
      yuanPerMonth: 460,
      regionName: '全国',
      payment: ZHEJIANG_COVERAGE.payment.value.schedule,
      basis: NATIONAL_COVERAGE.subsidy.disabled?.basis,
    })
    expect(subsidyFor('bereaved', 62, 'zhejiang', rulesOf)).toMatchObject({ yuanPerMonth: 1200, regionName: '浙江' })
  })

  it('an age outside every bracket of the region (a gap in its table) gets the national figure', () => {
    const from60: RuleItem<readonly SubsidyBracket[]> = { ...ZHEJIANG_COVERAGE.subsidy.bereaved!, value: [{ fromAge: 60, toAge: null, yuanPerMonth: 1300 }] }
    const rulesOf = () => ({ ...ZHEJIANG_COVERAGE, subsidy: { bereaved: from60 } })
    expect(subsidyFor('bereaved', 59, 'zhejiang', rulesOf)).toMatchObject({ yuanPerMonth: 590, regionName: '全国' })
    expect(subsidyFor('bereaved', 60, 'zhejiang', rulesOf)).toMatchObject({ yuanPerMonth: 1300, bracket: '60周岁及以上' })
  })

  it('every answer carries its basis, check date and the local-check mark', () => {
    for (const kind of SPECIAL_FAMILY_KINDS) {
      for (const region of ['national', 'zhejiang']) {
        const answer = subsidyFor(kind, 62, region)
        expect(answer.basis).not.toBe('')
        expect(answer.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(answer.needsLocalCheck).toBe(true)
        expect(answer.payment).not.toBe('')
      }
    }
    // The 浙江 amounts were not found in a published text: the note says they are examples.
    expect(subsidyFor('bereaved', 62, 'zhejiang').note).toContain('示例')
  })
})

describe('the 浙江 brackets', () => {
  it.each(SPECIAL_FAMILY_KINDS)('%s: cover every age from 0 without gaps or overlaps, rising with age, above the national floor', (kind) => {
    const brackets = ZHEJIANG_COVERAGE.subsidy[kind]!.value
    expect(brackets[0].fromAge).toBe(0)
    expect(brackets[brackets.length - 1].toAge).toBeNull()
    brackets.slice(1).forEach((bracket, index) => {
      expect(bracket.fromAge).toBe(brackets[index].toAge)
      expect(bracket.yuanPerMonth).toBeGreaterThan(brackets[index].yuanPerMonth)
    })
    const floor = NATIONAL_COVERAGE.subsidy[kind]!.value[0].yuanPerMonth
    for (const bracket of brackets) expect(bracket.yuanPerMonth).toBeGreaterThanOrEqual(floor)
  })
})

describe('bracketLabel', () => {
  it.each([
    [{ fromAge: 0, toAge: null }, '不分年龄'],
    [{ fromAge: 0, toAge: 60 }, '60周岁以下'],
    [{ fromAge: 60, toAge: 70 }, '60–69周岁'],
    [{ fromAge: 70, toAge: null }, '70周岁及以上'],
  ])('%j → %s', (bracket, label) => {
    expect(bracketLabel(bracket)).toBe(label)
  })
})

describe('the rest of the card’s rules', () => {
  it.each([NATIONAL_COVERAGE, ZHEJIANG_COVERAGE])('$regionName: every item has a basis, a check date and asks for a local check', (rules) => {
    const items = [rules.payment, rules.greenChannel, ...rules.insurance, ...Object.values(rules.subsidy)]
    for (const item of items) {
      expect(item?.basis).toBeTruthy()
      expect(item?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(item?.needsLocalCheck).toBe(true)
    }
  })

  it('浙江’s green channel names 杭州’s hospitals, what goes first and what to show', () => {
    const { hospitals, priorities, show } = ZHEJIANG_COVERAGE.greenChannel.value
    expect(hospitals).toEqual(expect.arrayContaining(['浙江大学医学院附属第一医院', '浙江省人民医院', '杭州市第一人民医院']))
    expect(priorities).toEqual(expect.arrayContaining(['挂号', '就诊', '住院']))
    expect(show).toEqual(['身份证', '计划生育特殊家庭优先就医服务卡'])
  })

  it('the insurance: 住院护理补贴 and 意外伤害, each with what it covers, the documents and the claim deadline', () => {
    const insurance = coverageRulesFor('zhejiang').insurance.map((item) => item.value)
    expect(insurance.map((item) => item.id)).toEqual(['nursing', 'accident'])
    for (const item of insurance) {
      expect(item.covers).not.toBe('')
      expect(item.documents).toContain('身份证')
      expect(item.claimDeadline).toMatch(/\d+(天|小时)/)
    }
  })
})
