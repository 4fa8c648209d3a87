import type { HalfDay, HelpAction, HelpForm, HelpStatus, HelpType, VolunteerKind } from '../domain/help'
import type { ApiMethod } from './api'

/** 暖心服务: requests seen only by the family and its two contacts. */

export interface ContactDto {
  id: string
  name: string
  title: string
  /** Whole: the family calls their contacts in one tap. */
  phone: string
}

export interface HelpOverview {
  contacts: ContactDto[]
  hotline: { name: string; phone: string }
  /** When the family agreed to share requests with their two contacts; null if not yet. */
  consentedAt: string | null
  /** The address on file, to prefill the form. */
  address: string
  /** The signed-in family member's own number (unmasked: it is theirs), to prefill the form. */
  phone: string
}

export interface TimelineEntry {
  at: string
  actorName: string
  action: string
  note: string
}

export interface HelpSummary {
  id: string
  type: HelpType
  volunteerKind: VolunteerKind | null
  status: HelpStatus
  urgent: boolean
  callOnly: boolean
  preferredDate: string
  halfDay: HalfDay
  createdAt: string
  /** 已超时: not accepted within the response time. */
  overdue: boolean
  familyName: string
  /** Masked in every list. */
  addressMasked: string
  phoneMasked: string
  needPreview: string
  contacts: ContactDto[]
}

export interface HelpDetail extends HelpSummary {
  need: string
  /** Whole, on the detail page only, to the family and its contacts. */
  address: string
  phone: string
  visit: { date: string; time: string; visitor: string } | null
  rating: { stars: number; comment: string } | null
  timeline: TimelineEntry[]
  /** What the caller may do now. */
  actions: HelpAction[]
}

export interface QueueQuery {
  status?: HelpStatus
  urgentOnly?: boolean
}

export type HelpInput = Omit<HelpForm, 'volunteerKind' | 'type'> & { type: HelpType; volunteerKind: VolunteerKind | null }

export interface HelpApi {
  'help.overview': ApiMethod<null, HelpOverview>
  'help.consent': ApiMethod<null, { consentedAt: string }>
  'help.submit': ApiMethod<{ request: HelpInput }, HelpDetail>
  'help.mine': ApiMethod<null, HelpSummary[]>
  'help.queue': ApiMethod<QueueQuery, HelpSummary[]>
  'help.detail': ApiMethod<{ id: string }, HelpDetail>
  'help.act': ApiMethod<
    {
      id: string
      action: HelpAction
      note?: string
      visit?: { date: string; time: string; visitor: string }
      stars?: number
      satisfaction?: number
    },
    HelpDetail
  >
}
