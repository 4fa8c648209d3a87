import { careDeduction, childcareSubsidy, childcareSubsidyTotal, formatYuan, maternityAllowance, whatWeCanClaim, type ClaimInput, type ClaimItem } from '@/domain/benefits'
import { hasRegionalRules, NATIONAL_RULES, rulesFor, ZHEJIANG_RULES, type SupportRules } from '@/domain/birth-support-rules'
import { leaveCalendar, maternityLeaveDays, type LeavePeriod } from '@/domain/leave-calendar'

const TODAY = '2026-12-02'

const rulesOf = (set: SupportRules) => [
  set.maternityLeave,
  set.provincialExtension,
  set.partnerLeave,
  set.parentalLeave,
  set.nursingTime,
  set.maternityAllowance,
  set.childcareSubsidy,
  set.careDeduction,
]

const only = (periods: LeavePeriod[], kind: LeavePeriod['kind']) => periods.filter((leave) => leave.kind === kind)
const line = (item: ClaimItem) => `${item.kind} ${item.who} ${item.when} ${item.amount}${item.unit}`

describe('rules by region', () => {
  it('gives 浙江 its own figures and every other region the national floor', () => {
    expect(rulesFor('zhejiang')).toBe(ZHEJIANG_RULES)
    expect(rulesFor('浙江')).toBe(ZHEJIANG_RULES)
    expect(rulesFor('330000')).toBe(ZHEJIANG_RULES)
    expect(rulesFor('national')).toBe(NATIONAL_RULES)
    expect(rulesFor('西藏')).toBe(NATIONAL_RULES)
    expect(hasRegionalRules('西藏')).toBe(false)
  })

  it('does not take an inherited name for a region', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(rulesFor(key)).toBe(NATIONAL_RULES)
      expect(hasRegionalRules(key)).toBe(false)
    }
  })

  it('gives every figure a legal basis and a check date, and marks it to be checked locally', () => {
    for (const rule of [...rulesOf(NATIONAL_RULES), ...rulesOf(ZHEJIANG_RULES)]) {
      expect(rule.basis.length).toBeGreaterThan(4)
      expect(rule.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(rule.needsLocalCheck).toBe(true)
    }
    expect(NATIONAL_RULES.maternityLeave.basis).toContain('女职工劳动保护特别规定')
    expect(ZHEJIANG_RULES.provincialExtension.basis).toContain('浙江省人口与计划生育条例')
    expect(NATIONAL_RULES.childcareSubsidy.basis).toContain('育儿补贴')
  })

  it('holds the seeds\' figures for 浙江: 产假 158天 for a first child, 陪产假 15天, 育儿假 within 5–20天', () => {
    expect(maternityLeaveDays({ babies: 1, difficultBirth: false, birthOrder: 1 }, ZHEJIANG_RULES).total).toBe(158)
    expect(ZHEJIANG_RULES.partnerLeave.value.days).toBe(15)
    const parental = ZHEJIANG_RULES.parentalLeave.value.daysPerYearPerParent
    expect(parental).toBeGreaterThanOrEqual(5)
    expect(parental).toBeLessThanOrEqual(20)
  })
})

describe('产假 days', () => {
  it('is 98 days nationally, 15 more for 难产 and 15 more for each extra baby', () => {
    expect(maternityLeaveDays({ babies: 1, difficultBirth: false }, NATIONAL_RULES).total).toBe(98)
    expect(maternityLeaveDays({ babies: 1, difficultBirth: true }, NATIONAL_RULES).total).toBe(113)
    expect(maternityLeaveDays({ babies: 2, difficultBirth: false }, NATIONAL_RULES).total).toBe(113)
    expect(maternityLeaveDays({ babies: 3, difficultBirth: true }, NATIONAL_RULES).total).toBe(143)
  })

  it('adds 浙江\'s 60 days for a first child and 90 for a second or third', () => {
    expect(maternityLeaveDays({ babies: 1, difficultBirth: false, birthOrder: 2 }, ZHEJIANG_RULES)).toEqual({ national: 98, provincial: 90, total: 188 })
    expect(maternityLeaveDays({ babies: 1, difficultBirth: false, birthOrder: 3 }, ZHEJIANG_RULES).total).toBe(188)
    // Twins by 难产 as a second birth: 98 + 15 + 15 + 90.
    expect(maternityLeaveDays({ babies: 2, difficultBirth: true, birthOrder: 2 }, ZHEJIANG_RULES).total).toBe(218)
  })
})

describe('leave calendar', () => {
  const zhejiangDue = { dueDate: '2027-03-01', babies: 1, difficultBirth: false, rules: ZHEJIANG_RULES, today: TODAY }

  it('starts 产假 15 days before the due date and counts it in calendar days', () => {
    const calendar = leaveCalendar(zhejiangDue)
    expect(calendar).toMatchObject({ from: '2027-03-01', estimated: true })
    expect(only(calendar.mother, '产假')).toEqual([
      expect.objectContaining({ start: '2027-02-14', end: '2027-07-21', days: 158, status: 'upcoming' }),
    ])
    const national = leaveCalendar({ ...zhejiangDue, rules: NATIONAL_RULES })
    expect(only(national.mother, '产假')[0]).toMatchObject({ start: '2027-02-14', end: '2027-05-22', days: 98 })
  })

  it('counts 29 February in a leap year', () => {
    const leap = leaveCalendar({ ...zhejiangDue, dueDate: '2028-03-01' })
    // 2028-03-01 less 15 days is 15 February, one day later than in 2027.
    expect(only(leap.mother, '产假')[0]).toMatchObject({ start: '2028-02-15', end: '2028-07-21', days: 158 })
  })

  it('uses the birth date once the baby is born, not the due date', () => {
    const born = leaveCalendar({ ...zhejiangDue, birthDate: '2027-02-20' })
    expect(born).toMatchObject({ from: '2027-02-20', estimated: false })
    expect(only(born.mother, '产假')[0]).toMatchObject({ start: '2027-02-05', days: 158 })
    expect(only(born.partner, '陪产假')[0]).toMatchObject({ start: '2027-02-20', end: '2027-03-06', days: 15 })
  })

  it('gives the partner 15 days of 陪产假 from the birth in 浙江, and none under the national rules alone', () => {
    expect(only(leaveCalendar(zhejiangDue).partner, '陪产假')).toEqual([
      expect.objectContaining({ start: '2027-03-01', end: '2027-03-15', days: 15 }),
    ])
    const national = leaveCalendar({ ...zhejiangDue, rules: NATIONAL_RULES })
    expect(only(national.partner, '陪产假')).toEqual([])
    expect(only(national.partner, '育儿假')).toEqual([])
  })

  it('gives each parent 10 days of 育儿假 in each of the child\'s first three years', () => {
    const calendar = leaveCalendar(zhejiangDue)
    for (const parent of [calendar.mother, calendar.partner]) {
      expect(only(parent, '育儿假').map((leave) => [leave.start, leave.end, leave.days])).toEqual([
        ['2027-03-01', '2028-02-29', 10],
        ['2028-03-01', '2029-02-28', 10],
        ['2029-03-01', '2030-02-28', 10],
      ])
    }
  })

  it('gives 哺乳时间 from the end of 产假 to the day before the first birthday, an hour more a day per extra baby', () => {
    const single = only(leaveCalendar(zhejiangDue).mother, '哺乳时间')
    expect(single).toEqual([expect.objectContaining({ start: '2027-07-22', end: '2028-02-29', hoursPerDay: 1 })])
    const twins = only(leaveCalendar({ ...zhejiangDue, babies: 2, difficultBirth: true }).mother, '哺乳时间')
    // 98 + 15 (twins) + 15 (难产) + 60 = 188 days: 2027-02-14 to 2027-08-20.
    expect(twins).toEqual([expect.objectContaining({ start: '2027-08-21', end: '2028-02-29', hoursPerDay: 2 })])
  })

  it('marks each leave past, current or upcoming on today', () => {
    const calendar = leaveCalendar({ birthDate: '2026-10-01', babies: 1, difficultBirth: false, rules: ZHEJIANG_RULES, today: TODAY })
    expect(only(calendar.partner, '陪产假')[0].status).toBe('past')
    expect(only(calendar.mother, '产假')[0].status).toBe('current')
    expect(only(calendar.mother, '哺乳时间')[0].status).toBe('upcoming')
  })

  it('keeps a leap-day baby\'s years to the clamped birthday', () => {
    const calendar = leaveCalendar({ birthDate: '2024-02-29', babies: 1, difficultBirth: false, rules: ZHEJIANG_RULES, today: TODAY })
    expect(only(calendar.mother, '育儿假').map((leave) => [leave.start, leave.end])).toEqual([
      ['2024-02-29', '2025-02-27'],
      ['2025-02-28', '2026-02-27'],
      ['2026-02-28', '2027-02-27'],
    ])
    expect(only(calendar.mother, '哺乳时间')[0].end).toBe('2025-02-27')
  })
})

describe('育儿补贴', () => {
  it('pays 3600元 a year per child, pro-rated by month in the years of birth and of the third birthday', () => {
    expect([2025, 2026, 2027, 2028].map((year) => childcareSubsidy('2025-05-10', NATIONAL_RULES, year))).toEqual([2400, 3600, 3600, 1200])
    expect(childcareSubsidyTotal('2025-05-10', NATIONAL_RULES)).toBe(10800)
    expect(childcareSubsidy('2025-05-10', NATIONAL_RULES, 2024)).toBe(0)
  })

  it('pays a child born before the scheme only for the months from 2025 until three', () => {
    // Born March 2023: January 2025 to February 2026, 14 months.
    expect(childcareSubsidy('2023-03-15', NATIONAL_RULES, 2024)).toBe(0)
    expect(childcareSubsidy('2023-03-15', NATIONAL_RULES, 2025)).toBe(3600)
    expect(childcareSubsidy('2023-03-15', NATIONAL_RULES, 2026)).toBe(600)
    expect(childcareSubsidyTotal('2023-03-15', NATIONAL_RULES)).toBe(4200)
    // Three in December 2025: 11 months.
    expect(childcareSubsidy('2022-12-15', NATIONAL_RULES, 2025)).toBe(3300)
    // Three before the scheme began: nothing.
    expect(childcareSubsidyTotal('2021-12-31', NATIONAL_RULES)).toBe(0)
  })

  it('stops in the month of a third birthday that falls mid-year', () => {
    expect(childcareSubsidy('2023-07-01', NATIONAL_RULES, 2026)).toBe(1800)
    expect(childcareSubsidy('2023-07-31', NATIONAL_RULES, 2026)).toBe(1800)
  })

  it('counts a leap-day baby to February of the third year', () => {
    expect(childcareSubsidy('2024-02-29', NATIONAL_RULES, 2027)).toBe(300)
    expect(childcareSubsidyTotal('2024-02-29', NATIONAL_RULES)).toBe(300 * 25)
  })
})

describe('3岁以下婴幼儿照护 专项附加扣除', () => {
  it('is 2000元 a month per child, to one parent or 1000元 to each', () => {
    expect(careDeduction([{ birthDate: '2025-05-10' }], 'one-parent', '2026-12')).toEqual({ children: 1, total: 2000, claimingParent: 2000, otherParent: 0 })
    expect(careDeduction([{ birthDate: '2025-05-10' }], 'shared', '2026-12')).toEqual({ children: 1, total: 2000, claimingParent: 1000, otherParent: 1000 })
  })

  it('counts twins as two children', () => {
    const twins = [{ birthDate: '2026-06-06' }, { birthDate: '2026-06-06' }]
    expect(careDeduction(twins, 'shared', '2026-12')).toMatchObject({ children: 2, total: 4000, claimingParent: 2000, otherParent: 2000 })
  })

  it('runs from the birth month to the month before the third birthday', () => {
    const child = [{ birthDate: '2024-01-20' }]
    expect(careDeduction([{ birthDate: '2026-12-31' }], 'one-parent', '2026-12-01').total).toBe(2000)
    expect(careDeduction([{ birthDate: '2026-12-31' }], 'one-parent', '2026-11').total).toBe(0)
    expect(careDeduction(child, 'one-parent', '2026-12').total).toBe(2000)
    expect(careDeduction(child, 'one-parent', '2027-01').total).toBe(0)
  })

  it('was 1000元 in 2022 and nothing before the deduction began', () => {
    const child = [{ birthDate: '2021-06-01' }]
    expect(careDeduction(child, 'one-parent', '2021-12').total).toBe(0)
    expect(careDeduction(child, 'one-parent', '2022-03').total).toBe(1000)
    expect(careDeduction(child, 'one-parent', '2023-02').total).toBe(2000)
  })
})

describe('生育津贴', () => {
  it('is the average monthly wage ÷ 30 × leave days, to the fen', () => {
    expect(maternityAllowance({ averageMonthlyWage: 9000, leaveDays: 158, insured: true })).toBe(47400)
    expect(maternityAllowance({ averageMonthlyWage: 10000, leaveDays: 98, insured: true })).toBe(32666.67)
  })

  it('is nothing for a mother without 生育保险', () => {
    expect(maternityAllowance({ averageMonthlyWage: 9000, leaveDays: 158, insured: false })).toBeNull()
  })
})

describe('what our family can claim', () => {
  const family = {
    children: [{ name: '乐乐', birthDate: '2025-09-20' }],
    dueDate: '2027-03-01',
    motherInsured: true,
    averageMonthlyWage: 12000,
    deductionSplit: 'shared' as const,
  }

  it('lists what runs now first, then what the pregnancy brings', () => {
    const items = whatWeCanClaim(family, ZHEJIANG_RULES, TODAY).map(line)
    expect(items.slice(0, 4).sort()).toEqual(['个税专项附加扣除 乐乐 now 1000元/月', '育儿假 妈妈 now 10天', '育儿假 配偶 now 10天', '育儿补贴 乐乐 now 3600元/年'])
    expect(items).toEqual(
      expect.arrayContaining([
        '产假 妈妈 soon 188天',
        '生育津贴 妈妈 soon 75200元',
        '陪产假 配偶 soon 15天',
        '育儿补贴 宝宝 soon 3000元/年',
        '个税专项附加扣除 宝宝 soon 1000元/月',
        '哺乳时间 妈妈 soon 1小时/天',
      ]),
    )
    // 乐乐's own 产假 and 哺乳时间 are over.
    expect(items.filter((item) => item.startsWith('产假'))).toHaveLength(1)
    expect(items.filter((item) => item.startsWith('哺乳时间'))).toHaveLength(1)
  })

  it('gives each item its dates, basis and check date, to be checked locally', () => {
    const leave = whatWeCanClaim(family, ZHEJIANG_RULES, TODAY).find((item) => item.kind === '产假')
    expect(leave).toMatchObject({ start: '2027-02-14', end: '2027-08-20', needsLocalCheck: true })
    expect(leave?.basis).toContain('浙江省人口与计划生育条例')
    expect(leave?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('lists no 生育津贴 for a mother without 生育保险, nor without a wage to count from', () => {
    const kinds = (input: ClaimInput) => whatWeCanClaim(input, ZHEJIANG_RULES, TODAY).map((item) => item.kind)
    expect(kinds({ ...family, motherInsured: false })).not.toContain('生育津贴')
    expect(kinds({ ...family, averageMonthlyWage: undefined })).not.toContain('生育津贴')
    expect(kinds({ ...family, motherInsured: false })).toContain('产假')
  })

  it('counts expected twins as two babies: two subsidies and two deductions, longer 产假, 2 hours of 哺乳时间', () => {
    const items = whatWeCanClaim({ children: [], dueDate: '2027-03-01', expectedBabies: 2, deductionSplit: 'one-parent' }, ZHEJIANG_RULES, TODAY).map(line)
    expect(items).toEqual(
      expect.arrayContaining([
        '育儿补贴 宝宝1 soon 3000元/年',
        '育儿补贴 宝宝2 soon 3000元/年',
        '个税专项附加扣除 宝宝1 soon 2000元/月',
        '个税专项附加扣除 宝宝2 soon 2000元/月',
        '产假 妈妈 soon 173天',
        '哺乳时间 妈妈 soon 2小时/天',
      ]),
    )
  })

  it('treats children born on one day as twins of one birth', () => {
    const twins = { children: [{ name: '大宝', birthDate: '2026-10-01' }, { name: '小宝', birthDate: '2026-10-01' }], motherInsured: true, averageMonthlyWage: 9000 }
    const items = whatWeCanClaim(twins, ZHEJIANG_RULES, TODAY).map(line)
    // 98 + 15 + 60 days, running since 2026-09-16.
    expect(items).toEqual(expect.arrayContaining(['产假 妈妈 now 173天', '生育津贴 妈妈 now 51900元', '育儿补贴 大宝 now 900元/年', '育儿补贴 小宝 now 900元/年']))
  })

  it('adds 15 days of 难产 to the latest birth', () => {
    const items = whatWeCanClaim({ children: [{ name: '乐乐', birthDate: '2026-10-01' }], difficultBirth: true }, ZHEJIANG_RULES, TODAY).map(line)
    expect(items).toContain('产假 妈妈 now 173天')
  })

  it('still lists the year\'s subsidy for a child who turned three this year, and nothing else for them', () => {
    const items = whatWeCanClaim({ children: [{ name: '豆豆', birthDate: '2024-03-10' }] }, ZHEJIANG_RULES, '2027-06-01').map(line)
    expect(items).toEqual(['育儿补贴 豆豆 now 600元/年'])
  })

  it('lists nothing for a child three before this year began', () => {
    expect(whatWeCanClaim({ children: [{ name: '哥哥', birthDate: '2022-05-01' }] }, ZHEJIANG_RULES, TODAY)).toEqual([])
  })

  it('lists only the national items where the region has no leave figures of its own', () => {
    const kinds = whatWeCanClaim({ children: [], dueDate: '2027-03-01' }, NATIONAL_RULES, TODAY).map((item) => item.kind)
    expect(kinds).toContain('产假')
    expect(kinds).not.toContain('陪产假')
    expect(kinds).not.toContain('育儿假')
  })
})

describe('whom each leave is for', () => {
  it('names the children of the birth, so two 育儿假 of one parent can be told apart', () => {
    const items = whatWeCanClaim({ children: [{ name: '乐乐', birthDate: '2025-09-18' }], dueDate: '2027-04-10' }, ZHEJIANG_RULES, '2026-11-24')
    const parental = items.filter((item) => item.kind === '育儿假' && item.who === '妈妈').map((item) => `${item.child} ${item.start}`)
    expect(parental).toEqual(['乐乐 2026-09-18', '宝宝 2027-04-10', '乐乐 2027-09-18'])
    expect(items.find((item) => item.kind === '产假')?.child).toBe('宝宝')
    expect(items.find((item) => item.kind === '育儿补贴')?.child).toBeUndefined()
  })
})

describe('formatYuan', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [3600, '3,600'],
    [56400, '56,400'],
    [1234567.891, '1,234,567.89'],
    [29400.5, '29,400.5'],
    [0.004, '0'],
  ])('%s → %s', (amount, shown) => {
    expect(formatYuan(amount)).toBe(shown)
  })
})
