import type { FamilyCareDto, PhoneInInput } from '@/contract/care'
import { addDays, type DateString } from '@/domain/dates'
import { helpFormErrors } from '@/domain/help'
import { PHONE_IN_TEXTS as T } from '../care-texts'
import { helpInput, type RequestDraft, type RequestErrors } from './help-request-form'

/**
 * A request a contact files for a family after a phone call: the family's own form
 * (RequestDraft; its consent tick is the family's and stays unused here) and the contact's
 * confirmation that the family agreed on the phone.
 */
export type PhoneInDraft = RequestDraft & { familyAgreed: boolean }

export type PhoneInErrors = RequestErrors & { familyAgreed?: string }

/** The family's address and phone on file filled in, tomorrow as the date, as on the family's own form. */
export function emptyPhoneIn(family: Pick<FamilyCareDto, 'address' | 'phone'>, today: DateString): PhoneInDraft {
  return {
    type: '',
    volunteerKind: '',
    need: '',
    preferredDate: addDays(today, 1),
    halfDay: '',
    address: family.address,
    phone: family.phone,
    urgent: false,
    callOnly: false,
    consentTicked: false,
    familyAgreed: false,
  }
}

/** The request's rules (helpFormErrors, as the backend) and the family's agreement. */
export function phoneInErrors(form: PhoneInDraft, today: DateString): PhoneInErrors {
  const found: PhoneInErrors = helpFormErrors(form, today)
  if (!form.familyAgreed) found.familyAgreed = T.agreeRequired
  return found
}

/** The request as the backend takes it, agreed (phoneInErrors has passed). */
export function phoneInInput(form: PhoneInDraft): PhoneInInput {
  const { consentTicked: _consent, familyAgreed: _agreed, ...request } = form
  return { ...helpInput(request), familyAgreed: true }
}
