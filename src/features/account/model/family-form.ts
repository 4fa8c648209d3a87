import { validateFamilyProfile, type ChildField, type FamilyProfile, type Gender } from '@/domain/family'
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

/** The baby as typed (kept as a draft, so a reload or a failed save loses nothing). */
export interface NewbornDraft {
  name: string
  birthDate: string
  gender: Gender | ''
}

export const EMPTY_NEWBORN: NewbornDraft = { name: '', birthDate: '', gender: '' }

let keyCounter = 0
export const newChildKey = (): string => `new-${now().toString(36)}-${(keyCounter += 1)}`

export const emptyChild = (): ChildDraft => ({ key: newChildKey(), name: '', birthDate: '', gender: '' })

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

export const newbornFromDraft = (value: NewbornDraft) => ({ name: value.name.trim(), birthDate: value.birthDate.trim(), gender: value.gender as Gender })

/** The backend answers the baby's fields under `child.`; the form shows them at its own fields. */
export const newbornFieldErrors = (fields: FieldErrors): FieldErrors<ChildField> => ({
  name: fields['child.name'],
  birthDate: fields['child.birthDate'],
  gender: fields['child.gender'],
})
