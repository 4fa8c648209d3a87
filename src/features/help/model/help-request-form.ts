import type { HelpOverview } from '@/contract/help'
import { addDays, type DateString } from '@/domain/dates'
import { helpFormErrors, type HalfDay, type HelpField, type HelpForm, type HelpType, type VolunteerKind } from '@/domain/help'
import { REQUEST_TEXTS as T } from '../texts'

/** The request form as kept in the draft: the request, and whether sharing it has been agreed to. */
export type RequestDraft = HelpForm & { consentTicked: boolean }

export type RequestErrors = Partial<Record<HelpField | 'consent', string>>

/** A new request: the family's own address and phone filled in, tomorrow as the date. */
export function emptyRequest(overview: HelpOverview, today: DateString): RequestDraft {
  return {
    type: '',
    volunteerKind: '',
    need: '',
    preferredDate: addDays(today, 1),
    halfDay: '',
    address: overview.address,
    phone: overview.phone,
    urgent: false,
    callOnly: false,
    consentTicked: false,
  }
}

/** What the form says before anything is sent: the request's rules, and the consent while it is not given yet. */
export function requestErrors(form: RequestDraft, today: DateString, needsConsent: boolean): RequestErrors {
  const found: RequestErrors = helpFormErrors(form, today)
  if (needsConsent && !form.consentTicked) found.consent = T.consentRequired
  return found
}

/** Editing a field takes its old message away (the consent tick answers for the consent's). */
export function withoutErrorsOf(errors: RequestErrors, patch: Partial<RequestDraft>): RequestErrors {
  const next = { ...errors }
  for (const key of Object.keys(patch)) delete next[(key === 'consentTicked' ? 'consent' : key) as keyof RequestErrors]
  return next
}

/** The form as the backend takes it; helpFormErrors has passed, so the choices are made (the backend checks them again). */
export function helpInput(form: HelpForm) {
  return { ...form, type: form.type as HelpType, halfDay: form.halfDay as HalfDay, volunteerKind: form.type === 'volunteer' ? (form.volunteerKind as VolunteerKind) : null }
}
