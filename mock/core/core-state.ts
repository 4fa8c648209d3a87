import type { FamilyProfile } from '../../src/domain/family'
import type { Role } from '../../src/domain/roles'
import type { ConsentState } from '../../src/services/types'

export interface SpecialFamilyRecord {
  /** 失独: lost their only child; 伤残: their only child is disabled. */
  kind: 'bereaved' | 'disabled'
  /** The two named contacts (双岗联系人): community level first, then township/street level. */
  contactIds: [string, string]
  address: string
}

export interface UserRecord {
  id: string
  role: Role
  name: string
  /** Full number: only the owner's own forms and the backend see it; DTOs carry it masked. */
  phone: string
  organisation: string
  title: string
  district: string
  street: string
  family: FamilyProfile
  consents: ConsentState
  /**
   * Per consent, how often it was withdrawn (its epoch, see keptUnderConsent) and when last.
   * Areas compare the epoch with the one their data was saved in and delete what it no longer covers.
   */
  withdrawals?: Partial<Record<keyof ConsentState, { count: number; at: string }>>
  specialFamily?: SpecialFamilyRecord
  /** Shown on the demo sign-in page; users without it are seeded for other users to meet. */
  demo?: { label: string; description: string; order: number }
  /** Bound when a weapp login code is exchanged. */
  weappOpenId?: string
}

export interface SessionRecord {
  userId: string
  createdAt: number
  expiresAt: number
}

export interface CoreState {
  users: Record<string, UserRecord>
  sessions: Record<string, SessionRecord>
  /** Increments for ids the backend assigns (children, bookings…), so ids never repeat. */
  nextId: number
  /**
   * Epoch ms of the last demo reset. Areas not loaded at the time (a weapp subpackage not yet
   * opened) compare their saved data against it and start again from their seed.
   */
  resetAt: number
}
