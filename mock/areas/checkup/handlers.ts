import type { checkupMethods, PastPregnancyDto, SavedAnswers, TimelineDto } from '@/contract/checkup'
import { ANTENATAL_VISITS, visitDateError, type VisitRecord } from '@/domain/antenatal-schedule'
import { answersErrors, HANGZHOU_DISTRICTS, type EligibilityAnswers } from '@/domain/checkup-eligibility'
import { keptUnderConsent } from '@/domain/consents'
import { addDays, daysBetween } from '@/domain/dates'
import { ownValue } from '@/domain/own'
import { dueDateFromLmp, isPastTerm } from '@/domain/pregnancy'
import { BIRTH_FROM_DAYS, BIRTH_TO_DAYS } from '@/domain/pregnancy-outcome'
import { hasErrors } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext, ContractHandlers } from '../../core/area'
import { consentEpoch } from '../../core/consents'
import type { CoreState, UserRecord } from '../../core/core-state'
import { INSTITUTION_SEEDS } from './fixtures/institutions'
import { PROGRAMME_SEEDS } from './fixtures/programmes'
import { PAST_PREGNANCIES_MAX, type CheckupState, type PastPregnancy, type PregnancyVisits } from './state'

/**
 * An LMP moved by up to two weeks is a correction of the same pregnancy and keeps its visits;
 * a bigger change is another pregnancy, whose timeline starts empty.
 */
const SAME_PREGNANCY_DAYS = 14

const samePregnancy = (a: string, b: string) => Math.abs(daysBetween(a, b)) <= SAME_PREGNANCY_DAYS

function visitsOf(state: CheckupState, user: UserRecord): Record<string, VisitRecord> {
  const lmp = user.family.pregnancy?.lmp
  const entry = ownValue(state.visits, user.id)
  if (!lmp || !entry || !samePregnancy(entry.lmp, lmp)) return {}
  return entry.records
}

/**
 * Saved answers about a pregnancy that has reached 42 weeks describe a pregnancy that is over:
 * the guided check starts again from what the family profile says now.
 */
function answersOf(state: CheckupState, user: UserRecord, today: string): SavedAnswers | null {
  const saved = ownValue(state.answers, user.id)
  if (!saved) return null
  const { pregnant, lmp } = saved.answers
  return pregnant && lmp && isPastTerm(lmp, today) ? null : { answers: saved.answers, savedAt: saved.savedAt }
}

/**
 * The stored visits of a pregnancy the family record no longer has: it ended (宝宝出生了, 本次孕期已结束)
 * or another pregnancy replaced it. The core area ends pregnancies without telling this one, so
 * it is found here, on the user's next call to 婚孕检.
 */
function endedEntry(state: CheckupState, user: UserRecord): PregnancyVisits | null {
  const entry = ownValue(state.visits, user.id)
  const lmp = user.family.pregnancy?.lmp
  return entry && (!lmp || !samePregnancy(entry.lmp, lmp)) ? entry : null
}

/** The earliest birth on the family record that fits the pregnancy (src/domain/pregnancy-outcome.ts), if any. */
function birthOf(lmp: string, user: UserRecord): string | undefined {
  const from = addDays(lmp, BIRTH_FROM_DAYS)
  const to = addDays(lmp, BIRTH_TO_DAYS)
  return user.family.children
    .map((child) => child.birthDate)
    .filter((date) => daysBetween(from, date) >= 0 && daysBetween(date, to) >= 0)
    .sort()[0]
}

/**
 * The history with `past` added (changing neither): latest LMP first, at most PAST_PREGNANCIES_MAX.
 * A pregnancy already there (the same LMP give or take two weeks: it was ended, entered again and
 * ended again) is merged with it, the later records winning, rather than listed twice.
 */
function withPast(history: PastPregnancy[], past: PastPregnancy): PastPregnancy[] {
  const same = history.find((earlier) => samePregnancy(earlier.lmp, past.lmp))
  const merged: PastPregnancy = same
    ? {
        lmp: past.lmp,
        records: { ...same.records, ...past.records },
        consentEpoch: Math.max(same.consentEpoch ?? 0, past.consentEpoch ?? 0),
        ...((past.endedOn ?? same.endedOn) ? { endedOn: past.endedOn ?? same.endedOn } : {}),
      }
    : past
  return [merged, ...history.filter((earlier) => earlier !== same)]
    .sort((a, b) => daysBetween(a.lmp, b.lmp))
    .slice(0, PAST_PREGNANCIES_MAX)
}

/**
 * The user's past pregnancies: those stored, and the current entry when its pregnancy has ended
 * and it has visits. Reads answer this without storing anything (a read's changes are not saved);
 * the user's next write moves the entry for good (archiveEndedPregnancy), to the same effect.
 */
function pastPregnancies(state: CheckupState, user: UserRecord): PastPregnancy[] {
  const stored = ownValue(state.history, user.id) ?? []
  const ended = endedEntry(state, user)
  if (!ended || Object.keys(ended.records).length === 0) return stored
  const endedOn = birthOf(ended.lmp, user)
  const past: PastPregnancy = { lmp: ended.lmp, records: { ...ended.records }, ...(ended.consentEpoch === undefined ? {} : { consentEpoch: ended.consentEpoch }) }
  return withPast(stored, endedOn ? { ...past, endedOn } : past)
}

/** On a write: the visits of a pregnancy that has ended (or was replaced) move to the user's history. */
function archiveEndedPregnancy(state: CheckupState, user: UserRecord): void {
  const ended = endedEntry(state, user)
  if (!ended) return
  if (Object.keys(ended.records).length > 0) state.history[user.id] = pastPregnancies(state, user)
  delete state.visits[user.id]
}

function pastPregnancyDto({ lmp, records, endedOn }: PastPregnancy): PastPregnancyDto {
  return {
    lmp,
    dueDate: dueDateFromLmp(lmp),
    endedOn: endedOn ?? null,
    records: ANTENATAL_VISITS.flatMap(({ id, title }) => {
      const record = ownValue(records, id)
      if (!record) return []
      return [record.note ? { visitId: id, title, date: record.date, note: record.note } : { visitId: id, title, date: record.date }]
    }),
  }
}

function timelineOf(state: CheckupState, user: UserRecord): TimelineDto {
  return { lmp: user.family.pregnancy?.lmp ?? null, records: { ...visitsOf(state, user) } }
}

/** The LMP is an answer about the pregnancy: kept only when the person says they are pregnant. */
function withoutStrayLmp({ lmp, ...answers }: EligibilityAnswers): EligibilityAnswers {
  return answers.pregnant && lmp ? { ...answers, lmp } : answers
}

/**
 * Deletes what a withdrawn consent no longer covers: saved answers (the guided-check consent) and
 * the pregnancies' checkup records, current and past (the family-health consent, which also
 * covered the LMP they hang on).
 */
export function forgetWithdrawn(state: CheckupState, core: CoreState): boolean {
  let removed = false
  for (const [userId, saved] of Object.entries(state.answers)) {
    if (!keptUnderConsent(saved.consentEpoch, consentEpoch(ownValue(core.users, userId), 'checkup-answers'))) {
      delete state.answers[userId]
      removed = true
    }
  }
  for (const [userId, visits] of Object.entries(state.visits)) {
    if (!keptUnderConsent(visits.consentEpoch, consentEpoch(ownValue(core.users, userId), 'family-health'))) {
      delete state.visits[userId]
      removed = true
    }
  }
  for (const [userId, history] of Object.entries(state.history)) {
    const epoch = consentEpoch(ownValue(core.users, userId), 'family-health')
    const kept = history.filter((past) => keptUnderConsent(past.consentEpoch, epoch))
    if (kept.length === history.length) continue
    if (kept.length > 0) state.history[userId] = kept
    else delete state.history[userId]
    removed = true
  }
  return removed
}

/** A well-formed id that is not a visit of the schedule (a prototype name among them) is NOT_FOUND. */
function requireVisit(visitId: string): string {
  if (!ANTENATAL_VISITS.some((visit) => visit.id === visitId)) throw new ServiceError('NOT_FOUND', '没有这次产检')
  return visitId
}

function requirePregnancy(user: UserRecord): string {
  const lmp = user.family.pregnancy?.lmp
  if (!lmp) throw new ServiceError('CONFLICT', '请先填写末次月经日期，再记录产检')
  return lmp
}

export const checkupHandlers: ContractHandlers<typeof checkupMethods, CheckupState> = {
  'checkup.programmes': {
    access: 'public',
    handle: () => PROGRAMME_SEEDS.map(({ id, name, tagline }) => ({ id, name, tagline })),
  },
  'checkup.programme': {
    access: 'public',
    handle: (_ctx, { id }) => {
      const programme = PROGRAMME_SEEDS.find((candidate) => candidate.id === id)
      if (!programme) throw new ServiceError('NOT_FOUND', '没有找到这项检查')
      return programme
    },
  },
  'checkup.institutions': {
    access: 'public',
    handle: (_ctx, { district, programme }) => {
      const order = (name: string) => HANGZHOU_DISTRICTS.findIndex((candidate) => candidate === name)
      const items = INSTITUTION_SEEDS.filter(
        (institution) =>
          (!district || institution.district === district) && (!programme || institution.programmes.includes(programme)),
      ).sort((a, b) => order(a.district) - order(b.district))
      const districts = HANGZHOU_DISTRICTS.filter((name) => INSTITUTION_SEEDS.some((institution) => institution.district === name))
      return { districts, items }
    },
  },
  'checkup.myAnswers': {
    access: 'signed-in',
    handle: ({ state, user, today }) => answersOf(state, user, today),
  },
  'checkup.saveAnswers': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today, now }, payload) => {
      const answers = withoutStrayLmp(payload.answers)
      const errors = answersErrors(answers, today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '自查答案有误，请按提示修改', errors)
      // Whether someone is planning or expecting a pregnancy is sensitive personal information.
      if (!user.consents.checkupAnswers) {
        throw new ServiceError('CONSENT_REQUIRED', '保存自查结果前，需要您同意敏感个人信息处理规则')
      }
      const saved = { answers, savedAt: new Date(now).toISOString() }
      state.answers[user.id] = { ...saved, consentEpoch: consentEpoch(user, 'checkup-answers') }
      archiveEndedPregnancy(state, user)
      return saved
    },
  },
  'checkup.timeline': {
    access: 'signed-in',
    handle: ({ state, user }) => timelineOf(state, user),
  },
  'checkup.history': {
    access: 'signed-in',
    handle: ({ state, user }) => ({ pregnancies: pastPregnancies(state, user).map(pastPregnancyDto) }),
  },
  'checkup.markVisit': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx: AuthedContext<CheckupState>, { visitId, date, note }) => {
      const visit = requireVisit(visitId)
      const lmp = requirePregnancy(ctx.user)
      // The schema has checked the date is a real one and the note's length; the dates of the pregnancy are the domain's.
      const dateError = visitDateError(date, lmp, ctx.today)
      if (dateError) throw new ServiceError('VALIDATION', '产检记录有误，请按提示修改', { date: dateError })
      archiveEndedPregnancy(ctx.state, ctx.user)
      const records = { ...visitsOf(ctx.state, ctx.user), [visit]: note ? { date, note } : { date } }
      ctx.state.visits[ctx.user.id] = { lmp, records, consentEpoch: consentEpoch(ctx.user, 'family-health') }
      return timelineOf(ctx.state, ctx.user)
    },
  },
  'checkup.unmarkVisit': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, { visitId }) => {
      const visit = requireVisit(visitId)
      archiveEndedPregnancy(state, user)
      const entry = ownValue(state.visits, user.id)
      if (entry) delete entry.records[visit]
      return timelineOf(state, user)
    },
  },
}
