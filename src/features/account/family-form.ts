import type { Gender } from '@/domain/family'
import type { FamilyInput, ProfileDto } from '@/services'
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

let keyCounter = 0
export const newChildKey = (): string => `new-${now().toString(36)}-${(keyCounter += 1)}`

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
