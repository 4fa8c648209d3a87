/**
 * 婚孕检's stored state as schemas: the backend checks what it loads against them (a wrong shape
 * is backed up and re-seeded, see mock/core/persistence.ts), and the types are read off them.
 */
import { check, number, object, optional, pipe, string, type InferOutput } from 'valibot'
import { SavedAnswers } from '@/contract/checkup'
import { dictionaryOf } from '@/contract/schema-kit'
import { ANTENATAL_VISITS } from '@/domain/antenatal-schedule'

/** Saved answers (as the contract answers them), with the epoch of the guided-check consent they were saved under. */
const StoredAnswers = object({
  ...SavedAnswers.entries,
  /** The checkup-answers consent's epoch when saved (src/domain/consents.ts); missing is 0. */
  consentEpoch: optional(number()),
})

/** A visit marked done: its day and an optional note. */
const VisitRecord = object({ date: string(), note: optional(string()) })

/**
 * Keyed by the schedule's visit ids (v01…): checkup.timeline answers them under a schema that
 * accepts no other key, so a stray one would fail every read of the timeline.
 */
const VisitRecords = pipe(
  dictionaryOf(VisitRecord),
  check((records) => Object.keys(records).every((key) => ANTENATAL_VISITS.some((visit) => visit.id === key)), '未知的产检'),
)

const PregnancyVisits = object({
  lmp: string(),
  records: VisitRecords,
  /** The family-health consent's epoch when saved (src/domain/consents.ts); missing is 0. */
  consentEpoch: optional(number()),
})

/** What users did in 婚孕检; programme and institution content is fixture data, never stored. */
export const CheckupStateSchema = object({
  answers: dictionaryOf(StoredAnswers),
  /** Visits marked done, by user, for the pregnancy (LMP) they were recorded in. */
  visits: dictionaryOf(PregnancyVisits),
})

export type StoredAnswers = InferOutput<typeof StoredAnswers>
export type PregnancyVisits = InferOutput<typeof PregnancyVisits>
export type CheckupState = InferOutput<typeof CheckupStateSchema>

export const emptyCheckupState = (): CheckupState => ({ answers: {}, visits: {} })
