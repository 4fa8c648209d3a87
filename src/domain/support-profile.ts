import type { ClaimInput, DeductionSplit } from './benefits'
import type { SupportRegion } from './birth-support-rules'
import { addMonths, type DateString } from './dates'
import type { FamilyProfile } from './family'
import { dueDateFromLmp, isPastTerm } from './pregnancy'

/** What a family tells 生育支持 about itself: only what the figures need. */
export interface SupportSituation {
  region: SupportRegion
  motherInsured: boolean
  averageMonthlyWage: number | null
  deductionSplit: DeductionSplit
  expectedBabies: number
  difficultBirth: boolean
}

/**
 * Until the family says otherwise: the demo province, one baby, one parent deducting, and no
 * 生育保险 assumed (so no 生育津贴 figure is promised from a guess).
 */
export const DEFAULT_SITUATION: SupportSituation = {
  region: 'zhejiang',
  motherInsured: false,
  averageMonthlyWage: null,
  deductionSplit: 'one-parent',
  expectedBabies: 1,
  difficultBirth: false,
}

/** Leaves and benefits run until the third birthday; a birth older than that has nothing left. */
const SUPPORT_UNTIL_MONTHS = 36

export interface FocusBirth {
  /** The birth date, or the due date while expected. */
  from: DateString
  estimated: boolean
  babies: number
  /** 1 for a first child…: the provinces extend 产假 more for later children. */
  birthOrder: number
  /** The children of this birth (none while expected). */
  names: string[]
}

/**
 * The birth the leave calendar is about: the pregnancy on record (unless it has passed 42 weeks
 * and the app is asking how it ended), else the youngest children, born the same day, while
 * under three. Null when there is none.
 */
export function focusBirth(family: FamilyProfile, situation: SupportSituation, today: DateString): FocusBirth | null {
  const { pregnancy, children } = family
  if (pregnancy && !isPastTerm(pregnancy.lmp, today)) {
    return { from: dueDateFromLmp(pregnancy.lmp), estimated: true, babies: situation.expectedBabies, birthOrder: children.length + 1, names: [] }
  }
  const born = children.filter((child) => child.birthDate <= today)
  if (born.length === 0) return null
  const latest = born.reduce((last, child) => (child.birthDate > last ? child.birthDate : last), born[0].birthDate)
  if (addMonths(latest, SUPPORT_UNTIL_MONTHS) <= today) return null
  const twins = born.filter((child) => child.birthDate === latest)
  const older = children.filter((child) => child.birthDate < latest).length
  return { from: latest, estimated: false, babies: twins.length, birthOrder: older + 1, names: twins.map((child) => child.name) }
}

/** The inputs of whatWeCanClaim from the family and its situation. */
export function claimInputOf(family: FamilyProfile, situation: SupportSituation, today: DateString): ClaimInput {
  const ongoing = family.pregnancy && !isPastTerm(family.pregnancy.lmp, today) ? family.pregnancy : null
  return {
    children: family.children.filter((child) => child.birthDate <= today),
    dueDate: ongoing ? dueDateFromLmp(ongoing.lmp) : null,
    expectedBabies: situation.expectedBabies,
    difficultBirth: situation.difficultBirth,
    motherInsured: situation.motherInsured,
    averageMonthlyWage: situation.averageMonthlyWage ?? undefined,
    deductionSplit: situation.deductionSplit,
  }
}

/** Children still within 出生一件事's reach: under three (the subsidy is the last item to claim). */
export function checklistChildren<C extends { birthDate: DateString }>(children: readonly C[], today: DateString): C[] {
  return children.filter((child) => child.birthDate <= today && addMonths(child.birthDate, SUPPORT_UNTIL_MONTHS) > today)
}

export const WAGE_MAX = 200000

/**
 * The monthly wage as typed: blank is "not said" (null), a whole number of 元 from 1 to WAGE_MAX
 * (full-width digits and thousands commas allowed, as phones type them) is the figure, anything
 * else is undefined: the form says so at the field.
 */
export function parseWage(typed: string): number | null | undefined {
  const plain = typed
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
  if (plain === '') return null
  if (!/^\d+$/.test(plain)) return undefined
  const wage = Number(plain)
  return wage >= 1 && wage <= WAGE_MAX ? wage : undefined
}
