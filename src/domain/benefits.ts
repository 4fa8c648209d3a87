import { NATIONAL_RULES, type SupportRules } from './birth-support-rules'
import { addDays, addMonths, daysBetween, type DateString } from './dates'
import { leaveCalendar, maternityLeaveDays, type LeavePeriod } from './leave-calendar'

/** A calendar month, 'YYYY-MM' (a full date is read as its month). */
export type MonthString = string
export type DeductionSplit = 'one-parent' | 'shared'

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** Months since year 0, so that month arithmetic is integer arithmetic. */
function monthIndex(dateOrMonth: string): number {
  const [year, month] = dateOrMonth.split('-').map(Number)
  return year * 12 + (month - 1)
}

function firstDayOf(index: number): DateString {
  const year = Math.floor(index / 12)
  return `${String(year).padStart(4, '0')}-${twoDigits(index - year * 12 + 1)}-01`
}

/**
 * The months the 育儿补贴 scheme pays for a child born on `birthDate`: from the birth month (or the
 * scheme's first month, for a child born before it) up to the month before the third birthday —
 * how the published examples count a child born before 2025 (born 2023-03: 2025-01 to 2026-02).
 */
function subsidyMonths(birthDate: DateString, rules: SupportRules): { first: number; endExclusive: number } {
  const { schemeStart, untilAgeMonths } = rules.childcareSubsidy.value
  const birth = monthIndex(birthDate)
  return { first: Math.max(birth, monthIndex(schemeStart)), endExclusive: birth + untilAgeMonths }
}

/**
 * 育儿补贴 (元) for a child in calendar year `year`: the yearly amount pro-rated by the months of
 * that year the child is under three and the scheme is running (《育儿补贴制度实施方案》).
 */
export function childcareSubsidy(birthDate: DateString, rules: SupportRules, year: number): number {
  const { first, endExclusive } = subsidyMonths(birthDate, rules)
  const months = Math.max(0, Math.min(endExclusive, (year + 1) * 12) - Math.max(first, year * 12))
  return (rules.childcareSubsidy.value.yuanPerYear * months) / 12
}

/** 育儿补贴 (元) over the child's whole time in the scheme: 10800 for a child born since it began. */
export function childcareSubsidyTotal(birthDate: DateString, rules: SupportRules): number {
  const { first, endExclusive } = subsidyMonths(birthDate, rules)
  return (rules.childcareSubsidy.value.yuanPerYear * Math.max(0, endExclusive - first)) / 12
}

export interface CareDeductionAmount {
  /** Children under three in the month. */
  children: number
  /** The family's deduction for the month (元). */
  total: number
  /** The parent who deducts 100%, or either parent when they split it 50–50. */
  claimingParent: number
  otherParent: number
}

/** The 专项附加扣除 for one child in `month`: from the birth month to the month before three. */
function careDeductionPerChild(birthDate: DateString, month: number, rules: SupportRules): number {
  const { history, untilAgeMonths } = rules.careDeduction.value
  const birth = monthIndex(birthDate)
  if (month < birth || month >= birth + untilAgeMonths) return 0
  let amount = 0
  for (const step of history) if (monthIndex(step.fromMonth) <= month) amount = step.yuanPerMonth
  return amount
}

/**
 * 3岁以下婴幼儿照护 专项附加扣除 per parent in `month` (国发〔2022〕8号, 国发〔2023〕13号): one parent
 * deducts 100%, or each deducts 50%.
 */
export function careDeduction(
  children: ReadonlyArray<{ birthDate: DateString }>,
  split: DeductionSplit,
  month: MonthString,
  rules: SupportRules = NATIONAL_RULES,
): CareDeductionAmount {
  const index = monthIndex(month)
  const amounts = children.map((child) => careDeductionPerChild(child.birthDate, index, rules)).filter((amount) => amount > 0)
  const total = amounts.reduce((sum, amount) => sum + amount, 0)
  if (split === 'one-parent') return { children: amounts.length, total, claimingParent: total, otherParent: 0 }
  const share = (total * rules.careDeduction.value.sharedPercent) / 100
  return { children: amounts.length, total, claimingParent: share, otherParent: share }
}

/**
 * 生育津贴 (元, to the fen): the employer's average monthly wage ÷ 30 × leave days, paid by the
 * 生育保险 fund only to an insured mother (《女职工劳动保护特别规定》第八条, 《社会保险法》第五十六条).
 */
export function maternityAllowance(
  input: { averageMonthlyWage: number; leaveDays: number; insured: boolean },
  rules: SupportRules = NATIONAL_RULES,
): number | null {
  if (!input.insured) return null
  const wage = Math.max(0, input.averageMonthlyWage)
  const days = Math.max(0, input.leaveDays)
  return Math.round(((wage * days) / rules.maternityAllowance.value.daysPerMonth) * 100) / 100
}

export type ClaimKind = '育儿补贴' | '个税专项附加扣除' | '生育津贴' | LeavePeriod['kind']
export type ClaimUnit = '元' | '元/年' | '元/月' | '天' | '小时/天'

export interface ClaimItem {
  kind: ClaimKind
  /** The child's name, '妈妈' or '配偶'. */
  who: string
  /** For a leave: the children of the birth it is for (乐乐, 安安、平平, 宝宝 while expected). */
  child?: string
  /** 'now' when it can be claimed or is running today, 'soon' when it starts within SOON_DAYS. */
  when: 'now' | 'soon'
  amount: number
  unit: ClaimUnit
  start: DateString
  end: DateString
  basis: string
  checkedOn: DateString
  note?: string
  needsLocalCheck: true
}

export interface ClaimInput {
  children: ReadonlyArray<{ name: string; birthDate: DateString }>
  /** The pregnancy's due date, when there is one. */
  dueDate?: DateString | null
  /** Babies expected (2 for twins); 1 when not said. */
  expectedBabies?: number
  difficultBirth?: boolean
  /** Whether the mother is in 生育保险: no 生育津贴 without it. */
  motherInsured?: boolean
  /** The employer's 上年度职工月平均工资 (元), for 生育津贴. */
  averageMonthlyWage?: number
  deductionSplit?: DeductionSplit
}

/** How far ahead "soon" looks: about a pregnancy, so that a due date's leaves all show. */
export const SOON_DAYS = 300

interface Birth {
  date: DateString
  names: string[]
  order: number
  /** The due date's birth, or the last birth when there is no pregnancy: 难产 is said of it. */
  latest: boolean
}

/** Children born on the same day are one birth (twins); the order counts the children before. */
function birthsOf(input: ClaimInput): Birth[] {
  const byDate = new Map<DateString, string[]>()
  for (const child of input.children) byDate.set(child.birthDate, [...(byDate.get(child.birthDate) ?? []), child.name])
  const dates = [...byDate.keys()].sort()
  const births = dates.map((date) => ({
    date,
    names: byDate.get(date) ?? [],
    order: input.children.filter((child) => child.birthDate < date).length + 1,
    latest: !input.dueDate && date === dates[dates.length - 1],
  }))
  if (input.dueDate) {
    const babies = Math.max(1, Math.floor(input.expectedBabies ?? 1))
    const names = babies === 1 ? ['宝宝'] : Array.from({ length: babies }, (_, i) => `宝宝${i + 1}`)
    births.push({ date: input.dueDate, names, order: input.children.length + 1, latest: true })
  }
  return births
}

function whenOf(start: DateString, end: DateString, today: DateString): ClaimItem['when'] | null {
  if (end < today || daysBetween(today, start) > SOON_DAYS) return null
  return start <= today ? 'now' : 'soon'
}

function leaveItems(birth: Birth, input: ClaimInput, rules: SupportRules, today: DateString): ClaimItem[] {
  const babies = birth.names.length
  const difficultBirth = birth.latest ? (input.difficultBirth ?? false) : false
  const calendar = leaveCalendar({ birthDate: birth.date, babies, difficultBirth, birthOrder: birth.order, rules, today })
  const items: ClaimItem[] = []
  const checkedOn: Record<LeavePeriod['kind'], DateString> = {
    // 产假 combines two rules: it is only as fresh as the older check.
    产假: rules.provincialExtension.checkedOn < rules.maternityLeave.checkedOn ? rules.provincialExtension.checkedOn : rules.maternityLeave.checkedOn,
    陪产假: rules.partnerLeave.checkedOn,
    育儿假: rules.parentalLeave.checkedOn,
    哺乳时间: rules.nursingTime.checkedOn,
  }
  const add = (who: string, leave: LeavePeriod) => {
    const when = whenOf(leave.start, leave.end, today)
    if (!when) return
    const hours = leave.hoursPerDay !== undefined
    items.push({
      kind: leave.kind, who, child: birth.names.join('、'), when, amount: hours ? (leave.hoursPerDay ?? 0) : leave.days, unit: hours ? '小时/天' : '天',
      start: leave.start, end: leave.end, basis: leave.basis, checkedOn: checkedOn[leave.kind], note: leave.note, needsLocalCheck: true,
    })
  }
  calendar.mother.forEach((leave) => add('妈妈', leave))
  calendar.partner.forEach((leave) => add('配偶', leave))

  const maternity = calendar.mother[0]
  const when = whenOf(maternity.start, maternity.end, today)
  const days = maternityLeaveDays({ babies, difficultBirth, birthOrder: birth.order }, rules)
  const paidDays = rules.maternityAllowance.value.coversProvincialExtension ? days.total : days.national
  const allowance = maternityAllowance({ averageMonthlyWage: input.averageMonthlyWage ?? 0, leaveDays: paidDays, insured: input.motherInsured ?? false }, rules)
  if (when && allowance !== null && input.averageMonthlyWage !== undefined) {
    const rule = rules.maternityAllowance
    items.push({
      kind: '生育津贴', who: '妈妈', child: birth.names.join('、'), when, amount: allowance, unit: '元', start: maternity.start, end: maternity.end,
      basis: rule.basis, checkedOn: rule.checkedOn, note: `按${paidDays}天计；${rule.note ?? ''}`, needsLocalCheck: true,
    })
  }
  return items
}

function childItems(birth: Birth, input: ClaimInput, rules: SupportRules, today: DateString): ClaimItem[] {
  const items: ClaimItem[] = []
  const year = Number(today.slice(0, 4))
  // A child not born yet is counted from the due year, when the subsidy starts.
  const subsidyYear = birth.date > today ? Number(birth.date.slice(0, 4)) : year
  const { first, endExclusive } = subsidyMonths(birth.date, rules)
  const subsidyStart = firstDayOf(Math.max(first, subsidyYear * 12))
  const subsidyEnd = addDays(firstDayOf(Math.min(endExclusive, (subsidyYear + 1) * 12)), -1)
  const deductionEnd = addDays(firstDayOf(monthIndex(birth.date) + rules.careDeduction.value.untilAgeMonths), -1)
  const split = input.deductionSplit ?? 'one-parent'
  const deductionMonth = birth.date > today ? birth.date : today
  for (const name of birth.names) {
    const subsidy = childcareSubsidy(birth.date, rules, subsidyYear)
    // This year's subsidy is claimed for the year as a whole, so it stays listed after the third birthday.
    const subsidyWhen = subsidy <= 0 ? null : subsidyYear === year && birth.date <= today ? 'now' : whenOf(subsidyStart, subsidyEnd, today)
    if (subsidyWhen) {
      const rule = rules.childcareSubsidy
      items.push({ kind: '育儿补贴', who: name, when: subsidyWhen, amount: subsidy, unit: '元/年', start: subsidyStart, end: subsidyEnd, basis: rule.basis, checkedOn: rule.checkedOn, note: `${subsidyYear}年可领`, needsLocalCheck: true })
    }
    const deduction = careDeduction([{ birthDate: birth.date }], split, deductionMonth, rules)
    const deductionWhen = deduction.total > 0 ? whenOf(firstDayOf(monthIndex(birth.date)), deductionEnd, today) : null
    if (deductionWhen) {
      const rule = rules.careDeduction
      const note = split === 'shared' ? '父母双方各扣除此数' : '由父母一方扣除'
      items.push({ kind: '个税专项附加扣除', who: name, when: deductionWhen, amount: deduction.claimingParent, unit: '元/月', start: firstDayOf(monthIndex(birth.date)), end: deductionEnd, basis: rule.basis, checkedOn: rule.checkedOn, note, needsLocalCheck: true })
    }
  }
  return items
}

/**
 * What this family can claim now or soon: each child's 育儿补贴 and 个税 deduction while under
 * three, and the leaves and 生育津贴 of each birth still running or starting soon. Every figure
 * comes from `rules` with its basis and is to be checked against the local rules.
 */
export function whatWeCanClaim(input: ClaimInput, rules: SupportRules, today: DateString): ClaimItem[] {
  // Everything here ends by the third birthday (the subsidy with that year), so older births have nothing left.
  const yearStart = `${today.slice(0, 4)}-01-01`
  const births = birthsOf(input).filter((birth) => addMonths(birth.date, rules.childcareSubsidy.value.untilAgeMonths) > yearStart)
  const items = births.flatMap((birth) => [...leaveItems(birth, input, rules, today), ...childItems(birth, input, rules, today)])
  const order = (item: ClaimItem) => (item.when === 'now' ? 0 : 1)
  return items.sort((a, b) => order(a) - order(b) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}

/**
 * 元 as people write it: 3,600 or 56,400.5, rounded to the fen. By hand rather than
 * toLocaleString, whose first call loads the locale data: over 100 ms of a phone's main thread
 * when 生育支持 opens (measured with bench:taps' profile).
 */
export function formatYuan(amount: number): string {
  const [whole, fraction] = (Math.round(amount * 100) / 100).toString().split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`
}
