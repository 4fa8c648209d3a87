import { ANTENATAL_VISITS, visitDateError, visitNoteError, type VisitRecord } from '../../../src/domain/antenatal-schedule'
import { daysBetween } from '../../../src/domain/dates'
import { isPastTerm } from '../../../src/domain/pregnancy'
import { answersErrors, type EligibilityAnswers } from '../../../src/domain/checkup-eligibility'
import { keptUnderConsent } from '../../../src/domain/consents'
import { hasErrors } from '../../../src/domain/validation'
import type { CheckupApi, InstitutionDto, SavedAnswers, TimelineDto } from '../../../src/services/checkup-api'
import { ServiceError } from '../../../src/services/errors'
import type { AuthedContext, HandlerMap } from '../../core/area'
import { consentEpoch } from '../../core/consents'
import type { CoreState, UserRecord } from '../../core/core-state'
import { INSTITUTION_SEEDS } from './fixtures/institutions'
import { PROGRAMME_SEEDS } from './fixtures/programmes'
import type { CheckupState } from './state'

const DISTRICT_ORDER = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区']
const PROGRAMME_IDS = new Set(PROGRAMME_SEEDS.map((programme) => programme.id))

/**
 * An LMP moved by up to two weeks is a correction of the same pregnancy and keeps its visits;
 * a bigger change is another pregnancy, whose timeline starts empty.
 */
const SAME_PREGNANCY_DAYS = 14

function visitsOf(state: CheckupState, user: UserRecord): Record<string, VisitRecord> {
  const lmp = user.family.pregnancy?.lmp
  const entry = state.visits[user.id]
  if (!lmp || !entry || Math.abs(daysBetween(entry.lmp, lmp)) > SAME_PREGNANCY_DAYS) return {}
  return entry.records
}

/**
 * Saved answers about a pregnancy that has reached 42 weeks describe a pregnancy that is over:
 * the guided check starts again from what the family profile says now.
 */
function answersOf(state: CheckupState, user: UserRecord, today: string): SavedAnswers | null {
  const saved = state.answers[user.id]
  if (!saved) return null
  const { pregnant, lmp } = saved.answers
  return pregnant && lmp && isPastTerm(lmp, today) ? null : saved
}

/** Visits of a pregnancy that has ended (or was replaced) are not kept once this user writes again. */
function forgetEndedPregnancy(state: CheckupState, user: UserRecord): void {
  const entry = state.visits[user.id]
  const lmp = user.family.pregnancy?.lmp
  if (entry && (!lmp || Math.abs(daysBetween(entry.lmp, lmp)) > SAME_PREGNANCY_DAYS)) delete state.visits[user.id]
}

function timelineOf(state: CheckupState, user: UserRecord): TimelineDto {
  return { lmp: user.family.pregnancy?.lmp ?? null, records: { ...visitsOf(state, user) } }
}

function readAnswers(raw: unknown): EligibilityAnswers {
  const input = (raw ?? {}) as Partial<EligibilityAnswers>
  return {
    residency: input.residency as EligibilityAnswers['residency'],
    marital: input.marital as EligibilityAnswers['marital'],
    planning: input.planning === true,
    pregnant: input.pregnant === true,
    lmp: input.pregnant === true && typeof input.lmp === 'string' ? input.lmp : undefined,
    district: typeof input.district === 'string' && DISTRICT_ORDER.includes(input.district) ? input.district : undefined,
  }
}

/**
 * Deletes what a withdrawn consent no longer covers: saved answers (the guided-check consent) and
 * the pregnancy's checkup records (the family-health consent, which also covered the LMP they hang on).
 */
export function forgetWithdrawn(state: CheckupState, core: CoreState): boolean {
  let removed = false
  for (const [userId, saved] of Object.entries(state.answers)) {
    if (!keptUnderConsent(saved.consentEpoch, consentEpoch(core.users[userId], 'checkup-answers'))) {
      delete state.answers[userId]
      removed = true
    }
  }
  for (const [userId, visits] of Object.entries(state.visits)) {
    if (!keptUnderConsent(visits.consentEpoch, consentEpoch(core.users[userId], 'family-health'))) {
      delete state.visits[userId]
      removed = true
    }
  }
  return removed
}

function requireVisit(visitId: unknown): string {
  if (typeof visitId !== 'string' || !ANTENATAL_VISITS.some((visit) => visit.id === visitId)) {
    throw new ServiceError('NOT_FOUND', '没有这次产检')
  }
  return visitId
}

function requirePregnancy(ctx: AuthedContext<CheckupState>): string {
  const lmp = ctx.user.family.pregnancy?.lmp
  if (!lmp) throw new ServiceError('CONFLICT', '请先填写末次月经日期，再记录产检')
  return lmp
}

export const checkupHandlers: HandlerMap<CheckupApi, CheckupState> = {
  'checkup.programmes': {
    access: 'public',
    handle: () => PROGRAMME_SEEDS.map(({ id, name, tagline }) => ({ id, name, tagline })),
  },
  'checkup.programme': {
    access: 'public',
    handle: (_ctx, payload) => {
      const programme = PROGRAMME_SEEDS.find((candidate) => candidate.id === payload?.id)
      if (!programme) throw new ServiceError('NOT_FOUND', '没有找到这项检查')
      return programme
    },
  },
  'checkup.institutions': {
    access: 'public',
    handle: (_ctx, payload) => {
      const district = payload?.district
      const programme = payload?.programme
      if (programme && !PROGRAMME_IDS.has(programme)) throw new ServiceError('VALIDATION', '未知的检查项目')
      const items: InstitutionDto[] = INSTITUTION_SEEDS.filter(
        (institution) =>
          (!district || institution.district === district) && (!programme || institution.programmes.includes(programme)),
      ).sort((a, b) => DISTRICT_ORDER.indexOf(a.district) - DISTRICT_ORDER.indexOf(b.district))
      const districts = DISTRICT_ORDER.filter((name) => INSTITUTION_SEEDS.some((institution) => institution.district === name))
      return { districts, items }
    },
  },
  'checkup.myAnswers': {
    access: 'signed-in',
    handle: ({ state, user, today }) => {
      const saved = answersOf(state, user!, today)
      return saved ? { answers: saved.answers, savedAt: saved.savedAt } : null
    },
  },
  'checkup.saveAnswers': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today, now }, payload) => {
      const answers = readAnswers(payload?.answers)
      const errors = answersErrors(answers, today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '自查答案有误，请按提示修改', errors)
      // Whether someone is planning or expecting a pregnancy is sensitive personal information.
      if (!user!.consents.checkupAnswers) {
        throw new ServiceError('CONSENT_REQUIRED', '保存自查结果前，需要您同意敏感个人信息处理规则')
      }
      const saved = { answers, savedAt: new Date(now).toISOString() }
      state.answers[user!.id] = { ...saved, consentEpoch: consentEpoch(user!, 'checkup-answers') }
      forgetEndedPregnancy(state, user!)
      return saved
    },
  },
  'checkup.timeline': {
    access: 'signed-in',
    handle: ({ state, user }) => timelineOf(state, user!),
  },
  'checkup.markVisit': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const authed = ctx as AuthedContext<CheckupState>
      const visitId = requireVisit(payload?.visitId)
      const lmp = requirePregnancy(authed)
      const date = String(payload?.date ?? '')
      const note = String(payload?.note ?? '').trim()
      const errors: Record<string, string> = {}
      const dateError = visitDateError(date, lmp, ctx.today)
      if (dateError) errors.date = dateError
      const noteError = visitNoteError(note)
      if (noteError) errors.note = noteError
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '产检记录有误，请按提示修改', errors)
      const records = { ...visitsOf(ctx.state, authed.user), [visitId]: note ? { date, note } : { date } }
      ctx.state.visits[authed.user.id] = { lmp, records, consentEpoch: consentEpoch(authed.user, 'family-health') }
      return timelineOf(ctx.state, authed.user)
    },
  },
  'checkup.unmarkVisit': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, payload) => {
      const visitId = requireVisit(payload?.visitId)
      forgetEndedPregnancy(state, user!)
      const entry = state.visits[user!.id]
      if (entry) delete entry.records[visitId]
      return timelineOf(state, user!)
    },
  },
}
