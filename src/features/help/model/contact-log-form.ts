import type { ContactLogInput } from '@/contract/care'
import { contactLogErrors, type ContactKind, type ContactLogField, type FamilyState } from '@/domain/care'
import type { DateString } from '@/domain/dates'
import type { FieldErrors } from '@/domain/validation'

/** The log form as kept in the draft: the minutes stay text as typed, so nothing typed is lost to parsing. */
export interface LogDraft {
  kind: ContactKind | ''
  date: string
  durationMinutes: string
  state: FamilyState | ''
  note: string
  nextContactDate: string
}

export type LogErrors = FieldErrors<ContactLogField>

/** A new log: today's contact, everything else still to say. */
export const emptyLog = (today: DateString): LogDraft => ({ kind: '', date: today, durationMinutes: '', state: '', note: '', nextContactDate: '' })

const minutesOf = (typed: string): number | null => (typed.trim() === '' ? null : Number(typed.trim()))

/** What the form says before anything is sent: the backend's own rule (contactLogErrors). */
export const logErrors = (form: LogDraft, today: DateString): LogErrors =>
  contactLogErrors({ ...form, date: form.date.trim(), durationMinutes: minutesOf(form.durationMinutes), nextContactDate: form.nextContactDate.trim() }, today)

/** The log as the backend takes it; logErrors has passed, so the choices are made (the backend checks them again). */
export function logInput(form: LogDraft): ContactLogInput {
  const next = form.nextContactDate.trim()
  return {
    kind: form.kind as ContactKind,
    date: form.date.trim(),
    durationMinutes: minutesOf(form.durationMinutes) ?? 0,
    state: form.state as FamilyState,
    note: form.note,
    nextContactDate: next || null,
  }
}
