import type { RuleItem } from './birth-support-rules'
import type { SpecialFamilyKind } from './care'
import type { DateString } from './dates'

/**
 * 我的三个全覆盖: what a 计生特殊家庭 is entitled to besides its two 双岗联系人 — a signed 家庭医生,
 * the 就医绿色通道, the 特别扶助金 and the 计生特殊家庭 insurance — one rule set per region, every
 * item with its basis and check date (the RuleItem of birth-support-rules.ts). The national
 * 特别扶助金 figures were compared with the 2022 notice that set them; the 浙江 figures, which
 * differ by age, could not be found in a published text and are placeholders: the card says so,
 * and every item asks the family to confirm with their 街道计生办 or 联系人.
 */

export interface SubsidyBracket {
  /** The first age (周岁, by birth year) this amount is for. */
  fromAge: number
  /** The first age it is no longer for; null for no upper end. */
  toAge: number | null
  yuanPerMonth: number
}

export interface PaymentValue {
  /** When and how it reaches the family, in the card's words. */
  schedule: string
}

export interface GreenChannelValue {
  hospitals: readonly string[]
  /** What is done first for the family: 挂号, 就诊, 住院… */
  priorities: readonly string[]
  /** What to show at the desk. */
  show: readonly string[]
}

export const INSURANCE_IDS = ['nursing', 'accident'] as const
export type InsuranceId = (typeof INSURANCE_IDS)[number]

export interface InsuranceValue {
  id: InsuranceId
  name: string
  covers: string
  documents: readonly string[]
  claimDeadline: string
}

export interface CoverageRules {
  /** The key coverageRulesFor() finds the set under. */
  region: string
  regionName: string
  /** Per kind of family; a kind missing here is paid at the national figure. */
  subsidy: Partial<Record<SpecialFamilyKind, RuleItem<readonly SubsidyBracket[]>>>
  payment: RuleItem<PaymentValue>
  greenChannel: RuleItem<GreenChannelValue>
  insurance: ReadonlyArray<RuleItem<InsuranceValue>>
}

/** When the figures below were last written down from their sources. */
export const COVERAGE_CHECKED_ON: DateString = '2026-11-24'
const CHECKED_ON = COVERAGE_CHECKED_ON

const NATIONAL_SUBSIDY_BASIS = '财政部、国家卫生健康委2022年联合通知：自2022年7月1日起提高计划生育家庭特别扶助制度扶助标准（据中国新闻网2022年5月报道，通知原文与文号未核对）'
const NATIONAL_SUBSIDY_NOTE = '全国标准，城乡统一；女方年满49周岁起享受。2022年7月1日后是否再次提高未核实。'
const GREEN_CHANNEL_BASIS = '国家卫生计生委办公厅《关于进一步做好计划生育特殊家庭优先便利医疗服务工作的通知》（2017年，浙江省卫生计生委办公室2017年12月11日转发）'
const INSURANCE_BASIS = '中国计生协关于建立以住院护理补贴、意外伤害等为重点的计生保险保障体系的要求（国计生协〔2021〕19号）；保障额度、材料与时限为示例'

const NURSING: RuleItem<InsuranceValue> = {
  value: {
    id: 'nursing',
    name: '住院护理补贴保险',
    covers: '因生病或意外在二级及以上公立医院住院，按住院天数每天补贴100元，每年最多90天。',
    documents: ['身份证', '出院记录（出院小结）', '住院费用清单', '本人银行卡'],
    claimDeadline: '出院后30天内把材料交给联系人或社区',
  },
  basis: INSURANCE_BASIS,
  checkedOn: CHECKED_ON,
  note: '每天100元、每年90天为外省公开做法（如江西省2019年），浙江和杭州的额度、天数与交材料的期限未核实。',
  needsLocalCheck: true,
}

const ACCIDENT: RuleItem<InsuranceValue> = {
  value: {
    id: 'accident',
    name: '意外伤害保险',
    covers: '意外受伤的门诊、住院医疗费用（医保报销以外的部分），意外致残或身故按保额赔付。',
    documents: ['身份证', '事故经过说明', '病历和医疗费用发票原件', '本人银行卡'],
    claimDeadline: '出事后48小时内先告诉联系人报案，材料在30天内交齐',
  },
  basis: INSURANCE_BASIS,
  checkedOn: CHECKED_ON,
  note: '报案时限为外地计生协公开告知的做法；保额与期限以当年保单为准。按《保险法》第二十六条，索赔的诉讼时效为二年。',
  needsLocalCheck: true,
}

/** The national floor, for every kind of family and every age. */
const NATIONAL_SUBSIDY: Record<SpecialFamilyKind, RuleItem<readonly SubsidyBracket[]>> = {
  bereaved: { value: [{ fromAge: 0, toAge: null, yuanPerMonth: 590 }], basis: NATIONAL_SUBSIDY_BASIS, checkedOn: CHECKED_ON, note: NATIONAL_SUBSIDY_NOTE, needsLocalCheck: true },
  disabled: { value: [{ fromAge: 0, toAge: null, yuanPerMonth: 460 }], basis: NATIONAL_SUBSIDY_BASIS, checkedOn: CHECKED_ON, note: NATIONAL_SUBSIDY_NOTE, needsLocalCheck: true },
}

export const NATIONAL_COVERAGE: CoverageRules = {
  region: 'national',
  regionName: '全国',
  subsidy: NATIONAL_SUBSIDY,
  payment: {
    value: { schedule: '按年发放到本人银行卡（社保卡）' },
    basis: '计划生育家庭特别扶助制度（资金直接发放到人）',
    checkedOn: CHECKED_ON,
    note: '按年还是按季度发放、每年几月到账，各地不同。',
    needsLocalCheck: true,
  },
  greenChannel: {
    value: {
      hospitals: ['户籍地二级及以上公立医院', '所在街道（乡镇）的社区卫生服务中心（卫生院）'],
      priorities: ['挂号', '就诊', '转诊', '取药', '住院'],
      show: ['身份证', '计划生育特殊家庭优先就医服务卡（或当地发的就医绿色通道证）'],
    },
    basis: GREEN_CHANNEL_BASIS,
    checkedOn: CHECKED_ON,
    needsLocalCheck: true,
  },
  insurance: [NURSING, ACCIDENT],
}

// Not found in a published text: the amounts are placeholders that rise with age, as several
// provinces' do, and above the national floor, as 浙江's must be.
const ZHEJIANG_SUBSIDY_BASIS = '浙江省《建立计划生育特殊家庭特别扶助动态调整机制的通知》（省计生协工作任务，文号与标准未核实）'
const ZHEJIANG_SUBSIDY_NOTE = '浙江、杭州的实际标准未能查到原文，这里的金额为示例，请向街道计生办核实。年龄按出生年份计：当年满60周岁的全年按60–69周岁档。'

export const ZHEJIANG_COVERAGE: CoverageRules = {
  ...NATIONAL_COVERAGE,
  region: 'zhejiang',
  regionName: '浙江',
  subsidy: {
    bereaved: {
      value: [
        { fromAge: 0, toAge: 60, yuanPerMonth: 1000 },
        { fromAge: 60, toAge: 70, yuanPerMonth: 1200 },
        { fromAge: 70, toAge: null, yuanPerMonth: 1400 },
      ],
      basis: ZHEJIANG_SUBSIDY_BASIS,
      checkedOn: CHECKED_ON,
      note: ZHEJIANG_SUBSIDY_NOTE,
      needsLocalCheck: true,
    },
    disabled: {
      value: [
        { fromAge: 0, toAge: 60, yuanPerMonth: 800 },
        { fromAge: 60, toAge: 70, yuanPerMonth: 950 },
        { fromAge: 70, toAge: null, yuanPerMonth: 1100 },
      ],
      basis: ZHEJIANG_SUBSIDY_BASIS,
      checkedOn: CHECKED_ON,
      note: ZHEJIANG_SUBSIDY_NOTE,
      needsLocalCheck: true,
    },
  },
  payment: {
    value: { schedule: '按季度发放到本人社会保障卡（市民卡）' },
    basis: ZHEJIANG_SUBSIDY_BASIS,
    checkedOn: CHECKED_ON,
    note: '发放周期与到账月份为示例，以街道计生办通知为准。',
    needsLocalCheck: true,
  },
  greenChannel: {
    value: {
      hospitals: ['浙江大学医学院附属第一医院', '浙江省人民医院', '杭州市第一人民医院', '西湖区各街道社区卫生服务中心'],
      priorities: ['挂号', '就诊', '检查', '取药', '住院'],
      show: ['身份证', '计划生育特殊家庭优先就医服务卡'],
    },
    basis: `${GREEN_CHANNEL_BASIS}；浙江省计生特殊家庭“无感就医”提质扩面工程`,
    checkedOn: CHECKED_ON,
    note: '哪些医院设有优先窗口为示例，去之前可先问联系人。',
    needsLocalCheck: true,
  },
}

/** Region keys (and the names a profile may hold) to their rules; own keys only. */
const COVERAGE_BY_REGION: ReadonlyMap<string, CoverageRules> = new Map([
  ['national', NATIONAL_COVERAGE],
  ['全国', NATIONAL_COVERAGE],
  ['zhejiang', ZHEJIANG_COVERAGE],
  ['浙江', ZHEJIANG_COVERAGE],
  ['浙江省', ZHEJIANG_COVERAGE],
  ['330000', ZHEJIANG_COVERAGE],
])

/** The rules of `region`; the national floor for a region without its own set. */
export function coverageRulesFor(region: string): CoverageRules {
  return COVERAGE_BY_REGION.get(region) ?? NATIONAL_COVERAGE
}

/**
 * Age in 周岁 as the schemes count it when only the birth year is known: the age reached in
 * today's calendar year (a person born in 1964 is 62 all through 2026). Never below 0.
 */
export function ageOn(birthYear: number, today: DateString): number {
  return Math.max(0, Number(today.slice(0, 4)) - birthYear)
}

/** The words for a bracket: 60–69周岁, 70周岁及以上, 60周岁以下, or 不分年龄. */
export function bracketLabel(bracket: Pick<SubsidyBracket, 'fromAge' | 'toAge'>): string {
  if (bracket.fromAge <= 0 && bracket.toAge === null) return '不分年龄'
  if (bracket.toAge === null) return `${bracket.fromAge}周岁及以上`
  if (bracket.fromAge <= 0) return `${bracket.toAge}周岁以下`
  return `${bracket.fromAge}–${bracket.toAge - 1}周岁`
}

export interface SubsidyAnswer {
  yuanPerMonth: number
  bracket: string
  /** The set the figure comes from: the national one when the region has none for this kind. */
  regionName: string
  payment: string
  basis: string
  checkedOn: DateString
  note: string
  needsLocalCheck: true
}

/**
 * The 特别扶助金 per person per month for a family of `kind` whose member is `age`, in `region`.
 * A region without its own figure for the kind (or unknown) gives the national one; an age that
 * falls in no bracket of the region's (a gap in the table) does too.
 */
export function subsidyFor(kind: SpecialFamilyKind, age: number, region: string, rulesOf: (region: string) => CoverageRules = coverageRulesFor): SubsidyAnswer {
  const rules = rulesOf(region)
  const inBracket = (bracket: SubsidyBracket) => age >= bracket.fromAge && (bracket.toAge === null || age < bracket.toAge)
  const own = rules.subsidy[kind]
  const ownBracket = own?.value.find(inBracket)
  const national = NATIONAL_SUBSIDY[kind]
  const [item, bracket, regionName] = own && ownBracket
    ? [own, ownBracket, rules.regionName]
    : [national, national.value.find(inBracket) ?? national.value[0], NATIONAL_COVERAGE.regionName]
  return {
    yuanPerMonth: bracket.yuanPerMonth,
    bracket: bracketLabel(bracket),
    regionName,
    // Paid by the region's office either way, on its schedule.
    payment: rules.payment.value.schedule,
    basis: item.basis,
    checkedOn: item.checkedOn,
    note: item.note ?? '',
    needsLocalCheck: true,
  }
}

/** Said once on the card under every section. */
export const LOCAL_CHECK_NOTE = '以上标准和做法仅供参考，部分为示例，请以当地卫健（计生）部门和街道计生办的规定为准。'
