/**
 * 婚孕检's stored state as schemas: the backend checks what it loads against them (a wrong shape
 * is backed up and re-seeded, see mock/core/persistence.ts), and the types are read off them.
 */
import { array, check, maxLength, number, object, optional, pipe, string, type InferOutput } from 'valibot'
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

/** How many past pregnancies are kept per user (the oldest beyond it goes). */
export const PAST_PREGNANCIES_MAX = 10

/**
 * A pregnancy that ended (or was replaced by another) with its visits, kept readable in history.
 * Kept under the family-health consent like the current one: its consentEpoch is the one its
 * visits were saved under.
 */
const PastPregnancy = object({
  ...PregnancyVisits.entries,
  /** The baby's birth date when the family record shows a birth that fits this pregnancy. */
  endedOn: optional(string()),
})

/** What users did in 婚孕检; programme and institution content is fixture data, never stored. */
export const CheckupStateSchema = object({
  answers: dictionaryOf(StoredAnswers),
  /** Visits marked done, by user, for the pregnancy (LMP) they were recorded in. */
  visits: dictionaryOf(PregnancyVisits),
  /** v3: by user, earlier pregnancies that had visits marked done, latest LMP first. */
  history: dictionaryOf(pipe(array(PastPregnancy), maxLength(PAST_PREGNANCIES_MAX))),
})

export type StoredAnswers = InferOutput<typeof StoredAnswers>
export type PregnancyVisits = InferOutput<typeof PregnancyVisits>
export type PastPregnancy = InferOutput<typeof PastPregnancy>
export type CheckupState = InferOutput<typeof CheckupStateSchema>

export const emptyCheckupState = (): CheckupState => ({ answers: {}, visits: {}, history: {} })
