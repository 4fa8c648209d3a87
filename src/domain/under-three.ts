import { ageInMonths, type DateString } from './dates'

/** 36 months: the age the services for the under-threes (托育, 亲子小屋's sessions) serve up to. */
export const UNDER_THREE_MONTHS = 36

/**
 * A child's age in whole months on `today` while it is 0–36, else null: a child not born yet
 * (a birth date ahead, as a planned date may be) is not under three, nor one past 36 months.
 */
export function monthsIfUnderThree(birthDate: DateString, today: DateString): number | null {
  const months = ageInMonths(birthDate, today)
  return months >= 0 && months <= UNDER_THREE_MONTHS ? months : null
}

/** The first of a family's children who is under three, with their age in months. */
export function firstChildUnderThree(children: ReadonlyArray<{ name: string; birthDate: DateString }>, today: DateString): { name: string; months: number } | null {
  for (const child of children) {
    const months = monthsIfUnderThree(child.birthDate, today)
    if (months !== null) return { name: child.name, months }
  }
  return null
}
