import type { EligibilityAnswers, ProgrammeId } from '../domain/checkup-eligibility'
import type { InstitutionList, InstitutionQuery, ProgrammeDto, ProgrammeSummary, SavedAnswers, TimelineDto } from './checkup-api'
import type { Transport } from './transport'

export interface CheckupService {
  programmes(): Promise<ProgrammeSummary[]>
  programme(id: ProgrammeId): Promise<ProgrammeDto>
  institutions(query?: InstitutionQuery): Promise<InstitutionList>
  myAnswers(): Promise<SavedAnswers | null>
  saveAnswers(answers: EligibilityAnswers, idempotencyKey: string): Promise<SavedAnswers>
  timeline(): Promise<TimelineDto>
  markVisit(visit: { visitId: string; date: string; note?: string }, idempotencyKey: string): Promise<TimelineDto>
  unmarkVisit(visitId: string, idempotencyKey: string): Promise<TimelineDto>
}

export function createCheckupService(transport: Transport): CheckupService {
  return {
    programmes: () => transport.call('checkup.programmes'),
    programme: (id) => transport.call('checkup.programme', { id }),
    institutions: (query = {}) => transport.call('checkup.institutions', query),
    myAnswers: () => transport.call('checkup.myAnswers'),
    saveAnswers: (answers, idempotencyKey) => transport.call('checkup.saveAnswers', { answers }, { idempotencyKey }),
    timeline: () => transport.call('checkup.timeline'),
    markVisit: (visit, idempotencyKey) => transport.call('checkup.markVisit', visit, { idempotencyKey }),
    unmarkVisit: (visitId, idempotencyKey) => transport.call('checkup.unmarkVisit', { visitId }, { idempotencyKey }),
  }
}
