import { AGE_MAX_MONTHS, type SessionField, type SessionInput, type SessionTimes } from '@/domain/booking'
import { addDays } from '@/domain/dates'
import { normaliseTime } from '@/domain/session-schedule'
import type { FieldErrors } from '@/domain/validation'
import type { RoomSchedule, SessionDto } from '@/contract/rooms'

/** The session form as typed: every field text, so a half-typed number or time is kept as written. */
export interface SessionDraft {
  date: string
  start: string
  end: string
  activity: string
  ageMin: string
  ageMax: string
  capacity: string
}

export type SessionErrors = Partial<Record<SessionField, string>>

export const toInput = (draft: SessionDraft): SessionInput => ({
  date: draft.date.trim(),
  start: normaliseTime(draft.start),
  end: normaliseTime(draft.end),
  activity: draft.activity.trim(),
  ageMin: Number(draft.ageMin),
  ageMax: Number(draft.ageMax),
  capacity: Number(draft.capacity),
})

/** The backend names the two ages apart (ageMin, ageMax); the form shows one message for both. */
export function editorErrors(fieldErrors: FieldErrors): SessionErrors {
  const { ageMin, ageMax, ...rest } = fieldErrors
  const age = rest.age ?? ageMin ?? ageMax
  return { ...(rest as SessionErrors), ...(age ? { age } : {}) }
}

/** A new session starts on the room's first free hour from tomorrow, so the first save can succeed. */
export function newSessionDraft(schedule: RoomSchedule, slot: SessionTimes | null, today: string): SessionDraft {
  const times = slot ?? { date: addDays(today, 1), start: schedule.hours.open, end: schedule.hours.open }
  return { ...times, activity: '', ageMin: '0', ageMax: String(AGE_MAX_MONTHS), capacity: '8' }
}

export function savedDraft(session: SessionDto): SessionDraft {
  const { date, start, end, activity } = session
  return { date, start, end, activity, ageMin: String(session.ageMin), ageMax: String(session.ageMax), capacity: String(session.capacity) }
}
