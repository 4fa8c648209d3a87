import type { VisitRecord } from '../domain/antenatal-schedule'
import type { EligibilityAnswers, ProgrammeId } from '../domain/checkup-eligibility'
import type { ApiMethod } from './api'

/** 婚孕检: the three free checkup programmes, where to get them, and the pregnancy timeline. */

export interface ProgrammeSummary {
  id: ProgrammeId
  name: string
  tagline: string
}

export interface ProgrammeDto extends ProgrammeSummary {
  eligibility: string[]
  itemGroups: Array<{ title: string; items: Array<{ name: string; purpose: string }> }>
  preparation: string[]
  documents: string[]
  cost: string
  validity: string
  nextSteps: string[]
  basis: string
}

export interface InstitutionDto {
  id: string
  name: string
  district: string
  address: string
  phone: string
  hours: string
  programmes: ProgrammeId[]
  latitude: number
  longitude: number
  note?: string
}

export interface InstitutionQuery {
  district?: string
  programme?: ProgrammeId
}

export interface InstitutionList {
  /** Every district that has an institution, in the city's usual order, for the filter. */
  districts: string[]
  items: InstitutionDto[]
}

export interface SavedAnswers {
  answers: EligibilityAnswers
  savedAt: string
}

export interface TimelineDto {
  /** From the family profile; null when no pregnancy is recorded. */
  lmp: string | null
  records: Record<string, VisitRecord>
}

export interface CheckupApi {
  'checkup.programmes': ApiMethod<null, ProgrammeSummary[]>
  'checkup.programme': ApiMethod<{ id: ProgrammeId }, ProgrammeDto>
  'checkup.institutions': ApiMethod<InstitutionQuery, InstitutionList>
  'checkup.myAnswers': ApiMethod<null, SavedAnswers | null>
  /** Answers describe pregnancy plans: the family-health consent is required (CONSENT_REQUIRED). */
  'checkup.saveAnswers': ApiMethod<{ answers: EligibilityAnswers }, SavedAnswers>
  'checkup.timeline': ApiMethod<null, TimelineDto>
  'checkup.markVisit': ApiMethod<{ visitId: string; date: string; note?: string }, TimelineDto>
  'checkup.unmarkVisit': ApiMethod<{ visitId: string }, TimelineDto>
}
