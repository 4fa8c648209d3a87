import type { InstitutionList, InstitutionQuery, ProgrammeDto, ProgrammeSummary, SavedAnswers, TimelineDto } from '../contract/checkup'
import type { EligibilityAnswers, ProgrammeId } from '../domain/checkup-eligibility'
import { untyped, type Transport } from './transport'

/**
 * Kept only for tests/pages/support/page-harness.ts (and the core contract tests that read
 * 婚孕检 through it) until they call the typed client directly; the app calls
 * checkupApi().call('checkup.…') (src/features/checkup/service.ts). Delete with its last user.
 */
/**
 * The answers as this service always took them: any district name. The backend now refuses one
 * that is not a district of the city (VALIDATION); the typed client refuses it at compile time.
 */
type LooseAnswers = Omit<EligibilityAnswers, 'district'> & { district?: string }

export interface CheckupService {
  programmes(): Promise<ProgrammeSummary[]>
  programme(id: ProgrammeId): Promise<ProgrammeDto>
  institutions(query?: InstitutionQuery): Promise<InstitutionList>
  myAnswers(): Promise<SavedAnswers | null>
  saveAnswers(answers: LooseAnswers, idempotencyKey: string): Promise<SavedAnswers>
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
    saveAnswers: (answers, idempotencyKey) => untyped(transport)('checkup.saveAnswers', { answers }, { idempotencyKey }) as Promise<SavedAnswers>,
    timeline: () => transport.call('checkup.timeline'),
    markVisit: (visit, idempotencyKey) => transport.call('checkup.markVisit', visit, { idempotencyKey }),
    unmarkVisit: (visitId, idempotencyKey) => transport.call('checkup.unmarkVisit', { visitId }, { idempotencyKey }),
  }
}
