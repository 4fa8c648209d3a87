import { ageInMonths, formatAge, type DateString } from './dates'
import {
  daysToDue,
  dueCountdown,
  dueDateFromLmp,
  isPastTerm,
  formatGestationalAge,
  gestationalAge,
  trimesterOf,
  TRIMESTER_LABELS,
} from './pregnancy'
import { birthDateError, lmpError, personNameError, type FieldErrors } from './validation'

export type Gender = 'female' | 'male'

export interface Child {
  id: string
  /** The name the family uses; a 小名 is fine. */
  name: string
  birthDate: DateString
  gender: Gender
}

export interface Pregnancy {
  /** First day of the last menstrual period (末次月经). */
  lmp: DateString
}

export interface FamilyProfile {
  children: Child[]
  pregnancy: Pregnancy | null
}

export const MAX_CHILDREN = 6

export type ChildField = 'name' | 'birthDate' | 'gender'

export function validateChild(child: Omit<Child, 'id'>, today: DateString): FieldErrors<ChildField> {
  const errors: FieldErrors<ChildField> = {}
  const nameError = personNameError(child.name, '孩子的名字')
  if (nameError) errors.name = nameError
  const birthError = birthDateError(child.birthDate, today)
  if (birthError) errors.birthDate = birthError
  if (child.gender !== 'female' && child.gender !== 'male') errors.gender = '请选择性别'
  return errors
}

/**
 * Errors keyed by a path the form can show next to its field:
 * `children.<index>.<field>`, `pregnancy.lmp`, or `children` for the list as a whole.
 * `saved` is the profile as stored: an LMP left as it was is not checked again, so a pregnancy
 * date that has grown past 42 weeks never blocks saving other changes (the app asks how the
 * pregnancy ended instead; see pregnancy-outcome.ts).
 */
export function validateFamilyProfile(profile: FamilyProfile, today: DateString, saved?: FamilyProfile | null): FieldErrors {
  const errors: FieldErrors = {}
  if (profile.children.length > MAX_CHILDREN) errors.children = `最多登记${MAX_CHILDREN}个孩子`
  profile.children.forEach((child, index) => {
    const childErrors = validateChild(child, today)
    for (const [field, message] of Object.entries(childErrors)) {
      errors[`children.${index}.${field}`] = message
    }
  })
  if (profile.pregnancy && profile.pregnancy.lmp !== saved?.pregnancy?.lmp) {
    const message = lmpError(profile.pregnancy.lmp, today)
    if (message) errors['pregnancy.lmp'] = message
  }
  return errors
}

/** Children and pregnancy are sensitive personal information (PIPL 敏感个人信息). */
export function holdsSensitiveData(profile: { children: readonly unknown[]; pregnancy: unknown }): boolean {
  return profile.children.length > 0 || profile.pregnancy !== null
}

export interface PersonalLine {
  /** pregnancy-outcome: the pregnancy on record is 42+0 weeks or more; ask how it ended. */
  kind: 'pregnancy' | 'pregnancy-outcome' | 'child'
  title: string
  detail: string
}

export const OUTCOME_QUESTION = '宝宝出生了吗？'

/**
 * The lines of the personalised card on 首页: pregnancy week first, then each child's age.
 * From 42+0 weeks the pregnancy line asks what happened rather than count 孕42周 and beyond.
 */
export function personalLines(profile: FamilyProfile, today: DateString): PersonalLine[] {
  const lines: PersonalLine[] = []
  if (profile.pregnancy && isPastTerm(profile.pregnancy.lmp, today)) {
    const due = dueDateFromLmp(profile.pregnancy.lmp)
    lines.push({ kind: 'pregnancy-outcome', title: OUTCOME_QUESTION, detail: `预产期 ${due} 已过去${-daysToDue(profile.pregnancy.lmp, today)}天` })
  } else if (profile.pregnancy) {
    const age = gestationalAge(profile.pregnancy.lmp, today)
    lines.push({
      kind: 'pregnancy',
      title: formatGestationalAge(age),
      detail: `${TRIMESTER_LABELS[trimesterOf(age)]} · 预产期 ${dueDateFromLmp(profile.pregnancy.lmp)} · ${dueCountdown(
        profile.pregnancy.lmp,
        today,
      )}`,
    })
  }
  for (const child of profile.children) {
    const months = ageInMonths(child.birthDate, today)
    lines.push({
      kind: 'child',
      title: `${child.name} ${formatAge(child.birthDate, today)}`,
      detail: months >= 0 ? `月龄 ${months} 个月` : '',
    })
  }
  return lines
}
