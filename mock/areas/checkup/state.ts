import type { SavedAnswers } from '../../../src/contract/checkup'
import type { VisitRecord } from '../../../src/domain/antenatal-schedule'

export interface PregnancyVisits {
  lmp: string
  records: Record<string, VisitRecord>
  /** The family-health consent's epoch when saved (src/domain/consents.ts); missing is 0. */
  consentEpoch?: number
}

/** Saved answers, with the epoch of the guided-check consent they were saved under. */
export type StoredAnswers = SavedAnswers & { consentEpoch?: number }

/** What users did in 婚孕检; programme and institution content is fixture data, never stored. */
export interface CheckupState {
  answers: Record<string, StoredAnswers>
  /** Visits marked done, by user, for the pregnancy (LMP) they were recorded in. */
  visits: Record<string, PregnancyVisits>
}

export const emptyCheckupState = (): CheckupState => ({ answers: {}, visits: {} })
