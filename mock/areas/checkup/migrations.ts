import { is } from 'valibot'
import { AnswersInput, VisitRecordInput } from '@/contract/checkup'
import { ANTENATAL_VISITS, type VisitRecord } from '@/domain/antenatal-schedule'
import type { CheckupState } from './state'

/** What the version-1 handler made of a note sent as an object (String(note)). */
const OBJECT_NOTE = '[object Object]'

const isVisitId = (key: string) => ANTENATAL_VISITS.some((visit) => visit.id === key)

/** The record as version 2 accepts it, or null when not even its date is a real date. */
function readRecord(record: VisitRecord): VisitRecord | null {
  if (record.note !== OBJECT_NOTE && is(VisitRecordInput, record)) return record
  return is(VisitRecordInput, { date: record.date }) ? { date: record.date } : null
}

/**
 * Version 1 stored whatever it was sent: answers of any type (which then advised nothing), visit
 * dates and notes turned into text. Version 2 keeps only what its contract accepts, so everything
 * read back matches the contract: such answers are dropped (the guided check is asked again), a
 * visit keeps its date when only its note was wrong.
 */
export function dropWhatTheContractRefuses(stored: unknown): Omit<CheckupState, 'history'> {
  const state = stored as Omit<CheckupState, 'history'>
  for (const [userId, saved] of Object.entries(state.answers)) {
    if (!is(AnswersInput, saved.answers) || typeof saved.savedAt !== 'string') delete state.answers[userId]
  }
  for (const entry of Object.values(state.visits)) {
    for (const [visitId, record] of Object.entries(entry.records)) {
      const kept = isVisitId(visitId) ? readRecord(record) : null
      if (kept) entry.records[visitId] = kept
      else delete entry.records[visitId]
    }
  }
  return state
}

/**
 * Version 3 keeps the visits of a pregnancy that ended in history. Version 2 dropped them on the
 * user's next write, so nothing earlier can be recovered: history starts empty. A stored entry
 * whose pregnancy has already ended is moved there on the user's next call, as in version 3.
 */
export function startHistory(stored: unknown): CheckupState {
  return { ...(stored as Omit<CheckupState, 'history'>), history: {} }
}
