import type { DateString } from './dates'

/**
 * The figures of 生育支持 (leave, subsidy, tax deduction, allowance), one rule set per region.
 * Every figure carries its legal basis and the day it was last checked, and is marked as needing
 * a check against the current local rules: provinces amend their 人口与计划生育条例 every few
 * years and cities add their own subsidies, so the app shows these as "参考，以当地规定为准".
 */
export interface RuleItem<V> {
  value: V
  /** The law, regulation or scheme the figure comes from. */
  basis: string
  /** The day the figure was last compared with its source. */
  checkedOn: DateString
  note?: string
  /** Always true: the parent is told to confirm with the local 卫健/医保/人社 office. */
  needsLocalCheck: true
}

export interface MaternityLeaveValue {
  /** National base, counted in calendar days. */
  baseDays: number
  /** Of the base, the days that may be taken before the birth. */
  prenatalDays: number
  difficultBirthExtraDays: number
  /** Added for each baby beyond the first in one birth. */
  perExtraBabyDays: number
}

export interface ProvincialExtensionValue {
  /** Added to 产假 for a first child. */
  firstChildDays: number
  /** Added to 产假 for a second or later child. */
  laterChildDays: number
}

export interface PartnerLeaveValue {
  days: number
}

export interface ParentalLeaveValue {
  /** 育儿假 days each parent may take in each year of the child's life. */
  daysPerYearPerParent: number
  untilAgeYears: number
}

export interface NursingTimeValue {
  hoursPerDay: number
  /** Added each day for each baby beyond the first. */
  extraHoursPerExtraBaby: number
  untilAgeMonths: number
}

export interface MaternityAllowanceValue {
  /** 日津贴 = 月平均工资 ÷ this. */
  daysPerMonth: number
  /** Whether the fund also pays for the province's extra 产假 days, not only the national 98+. */
  coversProvincialExtension: boolean
}

export interface ChildcareSubsidyValue {
  yuanPerYear: number
  /** The first day the scheme pays for: children born earlier get the months from then on. */
  schemeStart: DateString
  untilAgeMonths: number
}

export interface CareDeductionValue {
  /** Monthly amounts per child, each from its first month (YYYY-MM), latest last. */
  history: ReadonlyArray<{ fromMonth: string; yuanPerMonth: number }>
  /** The share each parent deducts when they split it. */
  sharedPercent: number
  untilAgeMonths: number
}

export interface SupportRules {
  /** The key rulesFor() finds the set under. */
  region: string
  regionName: string
  /** The first day this set of figures applies to. */
  effectiveFrom: DateString
  maternityLeave: RuleItem<MaternityLeaveValue>
  provincialExtension: RuleItem<ProvincialExtensionValue>
  partnerLeave: RuleItem<PartnerLeaveValue>
  parentalLeave: RuleItem<ParentalLeaveValue>
  nursingTime: RuleItem<NursingTimeValue>
  maternityAllowance: RuleItem<MaternityAllowanceValue>
  childcareSubsidy: RuleItem<ChildcareSubsidyValue>
  careDeduction: RuleItem<CareDeductionValue>
}

/** When the figures below were last written down from their sources. */
const CHECKED_ON = '2026-12-02'

const NATIONAL_LEAVE_BASIS = '《女职工劳动保护特别规定》（国务院令第619号）第七条'

export const NATIONAL_RULES: SupportRules = {
  region: 'national',
  regionName: '全国',
  effectiveFrom: '2025-01-01',
  maternityLeave: {
    value: { baseDays: 98, prenatalDays: 15, difficultBirthExtraDays: 15, perExtraBabyDays: 15 },
    basis: NATIONAL_LEAVE_BASIS,
    checkedOn: CHECKED_ON,
    note: '98天为自然日（含法定节假日）；流产的产假另有规定（未满4个月15天，满4个月42天），此处不计。',
    needsLocalCheck: true,
  },
  provincialExtension: {
    value: { firstChildDays: 0, laterChildDays: 0 },
    basis: '《中华人民共和国人口与计划生育法》第二十五条（延长生育假由各省、自治区、直辖市规定）',
    checkedOn: CHECKED_ON,
    note: '国家层面不设延长产假天数，以所在省份条例为准。',
    needsLocalCheck: true,
  },
  partnerLeave: {
    value: { days: 0 },
    basis: '《中华人民共和国人口与计划生育法》第二十五条（配偶陪产假/护理假由各省规定）',
    checkedOn: CHECKED_ON,
    note: '国家层面无统一天数；各省多为15天左右，以所在省份条例为准。',
    needsLocalCheck: true,
  },
  parentalLeave: {
    value: { daysPerYearPerParent: 0, untilAgeYears: 3 },
    basis: '《中华人民共和国人口与计划生育法》第二十五条（国家支持有条件的地方设立父母育儿假）',
    checkedOn: CHECKED_ON,
    note: '国家层面无统一天数；各省多为每年5–20天，以所在省份条例为准。',
    needsLocalCheck: true,
  },
  nursingTime: {
    value: { hoursPerDay: 1, extraHoursPerExtraBaby: 1, untilAgeMonths: 12 },
    basis: '《女职工劳动保护特别规定》第九条',
    checkedOn: CHECKED_ON,
    note: '每天劳动时间内1小时，多胞胎每多哺乳1个婴儿每天增加1小时。',
    needsLocalCheck: true,
  },
  maternityAllowance: {
    value: { daysPerMonth: 30, coversProvincialExtension: false },
    basis: '《女职工劳动保护特别规定》第八条；《中华人民共和国社会保险法》第五十六条',
    checkedOn: CHECKED_ON,
    note: '按用人单位上年度职工月平均工资÷30×产假天数计发，仅限参加生育保险的职工；延长产假期间是否由基金支付由各省规定。',
    needsLocalCheck: true,
  },
  childcareSubsidy: {
    value: { yuanPerYear: 3600, schemeStart: '2025-01-01', untilAgeMonths: 36 },
    basis: '《育儿补贴制度实施方案》（中共中央办公厅、国务院办公厅，2025年7月）',
    checkedOn: CHECKED_ON,
    note:
      '每孩每年3600元至满3周岁；2025年1月1日前出生、不满3周岁的按应补贴月数折算。按月折算时计出生当月、不计满3周岁当月，'
      + '系据公开解读示例推定，实际按年申领发放，以当地经办口径为准。部分地市另有地方补贴，未计入。',
    needsLocalCheck: true,
  },
  careDeduction: {
    value: {
      history: [
        { fromMonth: '2022-01', yuanPerMonth: 1000 },
        { fromMonth: '2023-01', yuanPerMonth: 2000 },
      ],
      sharedPercent: 50,
      untilAgeMonths: 36,
    },
    basis: '《国务院关于设立3岁以下婴幼儿照护个人所得税专项附加扣除的通知》（国发〔2022〕8号）；《国务院关于提高个人所得税有关专项附加扣除标准的通知》（国发〔2023〕13号）',
    checkedOn: CHECKED_ON,
    note: '自婴幼儿出生当月至年满3周岁前一个月；父母一方按100%扣除，或双方各按50%扣除，一个纳税年度内不能变更。',
    needsLocalCheck: true,
  },
}

// The article number is left out: it was not checked against the published text.
const ZHEJIANG_BASIS = '《浙江省人口与计划生育条例》（2021年11月25日修正）'

export const ZHEJIANG_RULES: SupportRules = {
  ...NATIONAL_RULES,
  region: 'zhejiang',
  regionName: '浙江',
  effectiveFrom: '2025-01-01',
  provincialExtension: {
    value: { firstChildDays: 60, laterChildDays: 90 },
    basis: `${ZHEJIANG_BASIS}（延长产假）`,
    checkedOn: CHECKED_ON,
    note: '一孩产假共158天，二孩、三孩共188天。双胞胎头胎按一孩还是二孩计延长天数，条文未明，按一孩计，需核对。',
    needsLocalCheck: true,
  },
  partnerLeave: {
    value: { days: 15 },
    basis: `${ZHEJIANG_BASIS}（男方护理假）`,
    checkedOn: CHECKED_ON,
    note: '按自然日自出生当天起计；能否分段、须在何期限内休完，以用人单位规定为准。',
    needsLocalCheck: true,
  },
  parentalLeave: {
    value: { daysPerYearPerParent: 10, untilAgeYears: 3 },
    basis: `${ZHEJIANG_BASIS}（育儿假）`,
    checkedOn: CHECKED_ON,
    note: '子女三周岁内夫妻双方每年各10天；“每年”此处按孩子的周岁年度计，多个子女均未满三周岁时是否叠加未明，需向当地核实。',
    needsLocalCheck: true,
  },
  maternityAllowance: {
    value: { daysPerMonth: 30, coversProvincialExtension: true },
    basis: '《女职工劳动保护特别规定》第八条；浙江省生育保险相关规定',
    checkedOn: CHECKED_ON,
    note: '浙江按产假天数（含省延长产假）计发生育津贴，据公开解读；具体文号未核实，需以当地医保部门口径为准。',
    needsLocalCheck: true,
  },
}

/** Region keys (and the names a profile may hold) to their rules; own keys only. */
const RULES_BY_REGION: ReadonlyMap<string, SupportRules> = new Map([
  ['national', NATIONAL_RULES],
  ['全国', NATIONAL_RULES],
  ['zhejiang', ZHEJIANG_RULES],
  ['浙江', ZHEJIANG_RULES],
  ['浙江省', ZHEJIANG_RULES],
  // 行政区划代码 of 浙江省.
  ['330000', ZHEJIANG_RULES],
])

/**
 * The rules of `region`; the national floor for a region without its own set, since the national
 * figures hold everywhere and only the provincial extras are then missing.
 */
export function rulesFor(region: string): SupportRules {
  return RULES_BY_REGION.get(region) ?? NATIONAL_RULES
}

/** Whether `region` has its own rule set (else rulesFor gives the national floor). */
export function hasRegionalRules(region: string): boolean {
  return RULES_BY_REGION.has(region)
}

/** The regions a family can choose as its 参保地: the demo province, or the national floor elsewhere. */
export const SUPPORT_REGIONS = ['zhejiang', 'national'] as const
export type SupportRegion = (typeof SUPPORT_REGIONS)[number]

export const isSupportRegion = (value: unknown): value is SupportRegion => (SUPPORT_REGIONS as readonly unknown[]).includes(value)
