/**
 * The core area's stored state as schemas: the backend checks what it loads against them (a
 * wrong shape is backed up and re-seeded, see persistence.ts), and the types are read off them.
 */
import { number, object, optional, partial, picklist, string, tuple, type InferOutput } from 'valibot'
import { FamilyProfile as FamilyProfileSchema, ConsentState as ConsentStateSchema } from '@/contract/core'
import { dictionaryOf } from '@/contract/schema-kit'
import { ROLES } from '@/domain/roles'

const SpecialFamilyRecord = object({
  /** 失独: lost their only child; 伤残: their only child is disabled. */
  kind: picklist(['bereaved', 'disabled']),
  /** The two named contacts (双岗联系人): community level first, then township/street level. */
  contactIds: tuple([string(), string()]),
  address: string(),
})

const Withdrawal = object({ count: number(), at: string() })

const UserRecord = object({
  id: string(),
  role: picklist(ROLES),
  name: string(),
  /** Full number: only the owner's own forms and the backend see it; DTOs carry it masked. */
  phone: string(),
  organisation: string(),
  title: string(),
  district: string(),
  street: string(),
  family: FamilyProfileSchema,
  consents: ConsentStateSchema,
  /**
   * Per consent, how often it was withdrawn (its epoch, see keptUnderConsent) and when last.
   * Areas compare the epoch with the one their data was saved in and delete what it no longer covers.
   */
  withdrawals: optional(partial(object({ familyHealth: Withdrawal, checkupAnswers: Withdrawal, helpSharing: Withdrawal }))),
  specialFamily: optional(SpecialFamilyRecord),
  /** Shown on the demo sign-in page; users without it are seeded for other users to meet. */
  demo: optional(object({ label: string(), description: string(), order: number() })),
  /** Bound when a weapp login code is exchanged. */
  weappOpenId: optional(string()),
})

const SessionRecord = object({ userId: string(), createdAt: number(), expiresAt: number() })

export const CoreStateSchema = object({
  users: dictionaryOf(UserRecord),
  sessions: dictionaryOf(SessionRecord),
  /** Increments for ids the backend assigns (children, bookings…), so ids never repeat. */
  nextId: number(),
  /**
   * Epoch ms of the last demo reset. Areas not loaded at the time (a weapp subpackage not yet
   * opened) compare their saved data against it and start again from their seed.
   */
  resetAt: number(),
})

export type SpecialFamilyRecord = InferOutput<typeof SpecialFamilyRecord>
export type UserRecord = InferOutput<typeof UserRecord>
export type SessionRecord = InferOutput<typeof SessionRecord>
export type CoreState = InferOutput<typeof CoreStateSchema>
