/**
 * 暖心服务's stored state as schemas: the backend checks what it loads (after migrating it to the
 * current version) against HelpStateSchema, so a wrong shape is backed up and re-seeded
 * (mock/core/persistence.ts); the types are read off the schemas. A shape check only: types,
 * required keys and the closed sets the code switches on, not the request's rules.
 */
import { array, boolean, nullable, number, object, optional, picklist, string, type InferOutput } from 'valibot'
import { dictionaryOf } from '@/contract/schema-kit'
import { CONTACT_KINDS, FAMILY_STATES } from '@/domain/care'
import { HALF_DAYS, HELP_STATUSES, HELP_TYPE_IDS, VOLUNTEER_KINDS } from '@/domain/help'

const HelpRecord = object({
  id: string(),
  familyId: string(),
  type: picklist(HELP_TYPE_IDS),
  volunteerKind: nullable(picklist(VOLUNTEER_KINDS)),
  need: string(),
  preferredDate: string(),
  halfDay: picklist(HALF_DAYS),
  address: string(),
  phone: string(),
  urgent: boolean(),
  callOnly: boolean(),
  status: picklist(HELP_STATUSES),
  /** Epoch ms. */
  createdAt: number(),
  updatedAt: number(),
  visit: nullable(object({ date: string(), time: string(), visitor: string() })),
  rating: nullable(object({ stars: number(), comment: string() })),
  /** `action` is the label shown (已受理…), not a closed set. */
  timeline: array(object({ at: number(), actorId: string(), action: string(), note: string() })),
  /** The help-sharing consent's epoch when it was made (src/domain/consents.ts); missing is 0. */
  consentEpoch: optional(number()),
  /** 电话代录: filed by this contact for the family after a phone call. */
  phoneIn: optional(object({ takenBy: string() })),
})

/** A call, visit or video call a contact made, with the family's state and a private note. */
const ContactLogRecord = object({
  id: string(),
  familyId: string(),
  contactId: string(),
  kind: picklist(CONTACT_KINDS),
  date: string(),
  durationMinutes: number(),
  state: picklist(FAMILY_STATES),
  note: string(),
  nextContactDate: nullable(string()),
  /** Epoch ms of the entry. */
  at: number(),
})

/** A family doctor the family has signed with (家庭医生签约). */
const FamilyDoctor = object({ name: string(), clinic: string(), phone: string() })

/** What 我的三个全覆盖 needs of a family beyond its account (the birth year and its 家庭医生), and the 特殊日子 its contacts keep. */
const CareProfile = object({
  /** The member's birth year: the 特别扶助金 bracket goes by age. */
  birthYear: number(),
  /** null: not signed with a 家庭医生 yet. */
  doctor: nullable(FamilyDoctor),
  /** 特殊日子 (MM-DD and what it is) the contacts keep; only with specialDaysAgreedAt. */
  specialDays: optional(array(object({ monthDay: string(), label: string() }))),
  /** The day the family agreed (on the phone or in person) that its contacts record them; missing or null: none. */
  specialDaysAgreedAt: optional(nullable(string())),
})

export const HelpStateSchema = object({
  requests: dictionaryOf(HelpRecord),
  /** The number of the next request (help-N). */
  nextId: number(),
  contactLogs: dictionaryOf(ContactLogRecord),
  /** The number of the next contact log (log-N). */
  nextLogId: number(),
  /** Per family, the day its contacts took it on: the cadence counts from it until a first contact. */
  careSince: dictionaryOf(string()),
  /** Per family id: its birth year and 家庭医生, for 我的三个全覆盖. */
  careProfiles: dictionaryOf(CareProfile),
})

export type HelpRecord = InferOutput<typeof HelpRecord>
export type HelpState = InferOutput<typeof HelpStateSchema>
export type ContactLogRecord = InferOutput<typeof ContactLogRecord>
export type CareProfile = InferOutput<typeof CareProfile>
