import { validateFamilyProfile, type Child, type FamilyProfile, type Gender } from '@/domain/family'
import type { DateString } from '@/domain/dates'
import type { FieldErrors } from '@/domain/validation'
import type { FamilyInput, ProfileDto } from '@/services/types'
import { now } from '@/app/clock'

/** What the family editor holds while the user types: strings as typed, nothing coerced yet. */
export interface ChildDraft {
  /** Stable key for the list while editing (new children have no id yet). */
  key: string
  id?: string
  name: string
  birthDate: string
  gender: Gender | ''
}

export interface FamilyDraft {
  children: ChildDraft[]
  pregnant: boolean
  lmp: string
}

/** One baby's name and sex as typed. */
export interface BabyDraft {
  /** Stable key for the list while editing. */
  key: string
  name: string
  gender: Gender | ''
}

/**
 * 宝宝出生了 as typed (kept as a draft, so a reload or a failed save loses nothing): one birth
 * date, and the babies born that day (twins and more add a block each).
 */
export interface BirthDraft {
  birthDate: string
  babies: BabyDraft[]
}

let keyCounter = 0
export const newChildKey = (): string => `new-${now().toString(36)}-${(keyCounter += 1)}`

export const emptyChild = (): ChildDraft => ({ key: newChildKey(), name: '', birthDate: '', gender: '' })

export const emptyBaby = (): BabyDraft => ({ key: newChildKey(), name: '', gender: '' })

export const emptyBirth = (): BirthDraft => ({ birthDate: '', babies: [emptyBaby()] })

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')
const genderOf = (value: unknown): Gender | '' => (value === 'female' || value === 'male' ? value : '')

/**
 * A stored birth draft as the form holds it. A draft kept before twins could be recorded
 * (`{ name, birthDate, gender }`) opens as its one baby; anything unreadable as an empty form.
 */
export function readBirthDraft(stored: unknown): BirthDraft {
  if (typeof stored !== 'object' || stored === null) return emptyBirth()
  const saved = stored as Record<string, unknown>
  const babies = Array.isArray(saved.babies)
    ? saved.babies
        .filter((baby): baby is Record<string, unknown> => typeof baby === 'object' && baby !== null)
        .map((baby) => ({ key: textOf(baby.key) || newChildKey(), name: textOf(baby.name), gender: genderOf(baby.gender) }))
    : [{ key: newChildKey(), name: textOf(saved.name), gender: genderOf(saved.gender) }]
  return { birthDate: textOf(saved.birthDate), babies: babies.length > 0 ? babies : [emptyBaby()] }
}

export function draftFromProfile(profile: ProfileDto): FamilyDraft {
  return {
    children: profile.family.children.map((child) => ({ ...child, key: child.id })),
    pregnant: profile.family.pregnancy !== null,
    lmp: profile.family.pregnancy?.lmp ?? '',
  }
}

export function inputFromDraft(draft: FamilyDraft): FamilyInput {
  return {
    children: draft.children.map((child) => ({
      ...(child.id ? { id: child.id } : {}),
      name: child.name.trim(),
      birthDate: child.birthDate.trim(),
      gender: child.gender as Gender,
    })),
    pregnancy: draft.pregnant ? { lmp: draft.lmp.trim() } : null,
  }
}

/**
 * The backend's own rules (src/domain/family) on what was typed. A pregnancy date left as saved
 * is not re-checked: past 42 weeks the form asks how the pregnancy ended, and never blocks saving
 * the rest.
 */
export function familyErrors(draft: FamilyDraft, today: DateString, saved: FamilyProfile | null): FieldErrors {
  const input = inputFromDraft(draft)
  return validateFamilyProfile({ ...input, children: input.children.map((child) => ({ ...child, id: child.id ?? '' })) }, today, saved)
}

/** The babies as the backend takes them: each with the one birth date. */
export const newbornsFromDraft = (value: BirthDraft): Omit<Child, 'id'>[] =>
  value.babies.map((baby) => ({ name: baby.name.trim(), birthDate: value.birthDate.trim(), gender: baby.gender as Gender }))

/**
 * The birth form's errors: `birthDate` (the one date field, whichever baby the backend named),
 * `babies` (the babies as a whole: too many, the family full), `<i>.name` and `<i>.gender`.
 */
export type BirthErrors = FieldErrors

/**
 * The backend (and the domain) answer under `children.<i>.<field>` and `children`; the form shows
 * each at its own field. All babies share the one date field, so a date error of any baby (a
 * different date for the second twin) shows there.
 */
export function newbornFieldErrors(fields: FieldErrors): BirthErrors {
  const errors: BirthErrors = {}
  for (const [key, message] of Object.entries(fields)) {
    if (!message) continue
    if (key === 'children') errors.babies = message
    const match = /^children\.(\d+)\.(name|birthDate|gender)$/.exec(key)
    if (!match) continue
    if (match[2] === 'birthDate') errors.birthDate ??= message
    else errors[`${match[1]}.${match[2]}`] = message
  }
  return errors
}
