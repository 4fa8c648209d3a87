import { addDays, daysBetween, type DateString } from './dates'
import { MAX_CHILDREN, validateChild, type Child, type ChildField, type Pregnancy } from './family'
import { gestationalAge, isPastTerm, PREGNANCY_DAYS, THIRD_TRIMESTER_WEEK } from './pregnancy'
import type { FieldErrors } from './validation'

/**
 * How a pregnancy on record ends. From 42+0 weeks the app asks "宝宝出生了吗？" everywhere it
 * would have counted weeks; from 28+0 weeks 宝宝出生了 is offered beside the week (a baby may come
 * early). Only what the family record needs is asked: for a birth, the birth date and each baby's
 * name and sex (twins and more are born together, on one date, and each joins the family like any
 * child); otherwise nothing at all.
 */
export type PregnancyOutcome = 'born' | 'ended'

export interface PregnancyEnd {
  /** The pregnancy being ended, as the person saw it: a screen left open cannot end a newer one. */
  lmp: DateString
  outcome: PregnancyOutcome
  /** The babies, with 'born' only: one, or up to MAX_BABIES born together (twins and more). */
  children?: Omit<Child, 'id'>[]
}

/** Babies one 宝宝出生了 records: one, twins, triplets or quadruplets. */
export const MAX_BABIES = 4

/** The pregnancy on record has reached 28+0 weeks (孕晚期): 宝宝出生了 is offered beside its week. */
export function offersBirthRecord(lmp: DateString, today: DateString): boolean {
  return gestationalAge(lmp, today).totalDays >= THIRD_TRIMESTER_WEEK * 7
}

/**
 * 家庭信息 can record a birth from 20+0 weeks, where the birth date window starts
 * (birthDateRange); before that the form would accept no date at all.
 */
export function canRecordBirth(lmp: DateString, today: DateString): boolean {
  return gestationalAge(lmp, today).totalDays >= BIRTH_FROM_DAYS
}

/** The pregnancy on record has reached 42+0 weeks: ask how it ended. */
export function asksOutcome(pregnancy: Pregnancy | null, today: DateString): boolean {
  return pregnancy !== null && isPastTerm(pregnancy.lmp, today)
}

/**
 * Birth dates that fit this pregnancy: 20+0 to 44+0 weeks after the LMP, and not after today.
 * A date outside that span is almost certainly a slip of the picker (another year, the LMP
 * itself), and the span still leaves room for an LMP remembered a little wrong.
 */
export const BIRTH_FROM_DAYS = 20 * 7
export const BIRTH_TO_DAYS = 44 * 7

export function birthDateRange(lmp: DateString, today: DateString): { start: DateString; end: DateString } {
  const latest = addDays(lmp, BIRTH_TO_DAYS)
  return { start: addDays(lmp, BIRTH_FROM_DAYS), end: daysBetween(latest, today) < 0 ? today : latest }
}

export function newbornErrors(child: Omit<Child, 'id'>, lmp: DateString, today: DateString): FieldErrors<ChildField> {
  const errors = validateChild(child, today)
  if (!errors.birthDate) {
    const { start, end } = birthDateRange(lmp, today)
    if (daysBetween(start, child.birthDate) < 0 || daysBetween(child.birthDate, end) < 0) {
      errors.birthDate = `按末次月经 ${lmp} 推算，出生日期应在 ${start} 至 ${end} 之间，请核对`
    }
  }
  return errors
}

/** Why this end cannot apply to the pregnancy on record (CONFLICT), or null. */
export function pregnancyEndConflict(end: { lmp: unknown }, current: Pregnancy | null): string | null {
  if (!current) return '现在没有正在记录的孕期，家庭信息可能已在别处更新'
  if (end.lmp !== current.lmp) return '孕期信息已在别处更新，请返回后重新打开'
  return null
}

/**
 * Errors keyed for the form: `outcome`; `children` for the babies as a whole (none where one
 * belongs, one where none does, more than MAX_BABIES, or more children than the family can hold);
 * `children.<i>.<field>` for each baby's fields. Babies born together share one birth date: a
 * different one is refused at that baby's date.
 */
export function pregnancyEndErrors(end: PregnancyEnd, childCount: number, today: DateString): FieldErrors {
  const errors: FieldErrors = {}
  if (end.outcome !== 'born' && end.outcome !== 'ended') {
    errors.outcome = '请选择宝宝是否已经出生'
    return errors
  }
  const babies = end.children ?? []
  if (end.outcome === 'ended') {
    if (babies.length > 0) errors.children = '结束本次孕期记录时不需要填写宝宝的信息'
    return errors
  }
  if (babies.length === 0) {
    errors.children = '请填写宝宝的名字、出生日期和性别'
    return errors
  }
  if (babies.length > MAX_BABIES) errors.children = `一次最多登记${MAX_BABIES}个宝宝`
  else if (childCount + babies.length > MAX_CHILDREN) errors.children = `最多登记${MAX_CHILDREN}个孩子`
  babies.forEach((baby, index) => {
    const found: FieldErrors = newbornErrors(baby, end.lmp, today)
    if (index > 0 && !found.birthDate && !errors['children.0.birthDate'] && baby.birthDate !== babies[0].birthDate) {
      found.birthDate = `一起出生的宝宝出生日期应相同（第1个宝宝是 ${babies[0].birthDate}）`
    }
    for (const [field, message] of Object.entries(found)) errors[`children.${index}.${field}`] = message
  })
  return errors
}

/**
 * Whether a birth on `birthDate` can be the birth of a pregnancy due on `dueDate`: within the
 * window 宝宝出生了 accepts (20+0 to 44+0 weeks after the LMP the due date implies).
 */
export function isBirthOfDue(birthDate: DateString, dueDate: DateString): boolean {
  const lmp = addDays(dueDate, -PREGNANCY_DAYS)
  return birthDate >= addDays(lmp, BIRTH_FROM_DAYS) && birthDate <= addDays(lmp, BIRTH_TO_DAYS)
}
