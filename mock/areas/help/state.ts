import type { HalfDay, HelpStatus, HelpType, VolunteerKind } from '../../../src/domain/help'

export interface HelpRecord {
  id: string
  familyId: string
  type: HelpType
  volunteerKind: VolunteerKind | null
  need: string
  preferredDate: string
  halfDay: HalfDay
  address: string
  phone: string
  urgent: boolean
  callOnly: boolean
  status: HelpStatus
  createdAt: number
  updatedAt: number
  visit: { date: string; time: string; visitor: string } | null
  rating: { stars: number; comment: string } | null
  timeline: Array<{ at: number; actorId: string; action: string; note: string }>
  /** The help-sharing consent's epoch when it was made (src/domain/consents.ts); missing is 0. */
  consentEpoch?: number
}

export interface HelpState {
  requests: Record<string, HelpRecord>
  nextId: number
}
