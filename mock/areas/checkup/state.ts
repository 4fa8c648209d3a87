import type { VisitRecord } from '../../../src/domain/antenatal-schedule'
import type { SavedAnswers } from '../../../src/services/checkup-api'

/** What users did in 婚孕检; programme and institution content is fixture data, never stored. */
export interface CheckupState {
  answers: Record<string, SavedAnswers>
  /** Visits marked done, by user and visit id. */
  visits: Record<string, Record<string, VisitRecord>>
}

export const emptyCheckupState = (): CheckupState => ({ answers: {}, visits: {} })
