import type { DateString } from '@/domain/dates'
import { firstChildUnderThree } from '@/domain/under-three'
import type { VisitSlot } from '@/domain/centre-visits'
import type { ProfileDto } from '@/services/types'

/** The visit form as typed (kept as a draft until it is sent). */
export interface VisitDraft {
  date: string
  slot: VisitSlot | ''
  phone: string
  childAge: string
}

/** What the account already knows for this form: its phone, and a child under three with their age. */
export interface Known {
  phone: string
  child: { name: string; months: number } | null
}

export function knownFrom(profile: ProfileDto | null, today: DateString): Known {
  return { phone: profile?.phone ?? '', child: firstChildUnderThree(profile?.family.children ?? [], today) }
}

/** A new form starts with the account's phone and the child's age, both editable. */
export const startingDraft = (known: Known): VisitDraft => ({ date: '', slot: '', phone: known.phone, childAge: known.child ? String(known.child.months) : '' })
