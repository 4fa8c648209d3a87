import type { ChecklistDto, ChecklistSummary, LeaveCalendarDto, MineDto, PlanDto } from '@/contract/support'
import { whatWeCanClaim } from '@/domain/benefits'
import { checklistFor, checklistProgress } from '@/domain/birth-checklist'
import { rulesFor } from '@/domain/birth-support-rules'
import { keptUnderConsent } from '@/domain/consents'
import type { DateString } from '@/domain/dates'
import type { Child } from '@/domain/family'
import { leaveCalendar, type LeavePeriod } from '@/domain/leave-calendar'
import { ownValue } from '@/domain/own'
import { isBirthOfDue } from '@/domain/pregnancy-outcome'
import { checklistChildren, claimInputOf, DEFAULT_SITUATION, focusBirth, type SupportSituation } from '@/domain/support-profile'
import { ServiceError } from '@/contract/errors'
import { consentEpoch } from '../../core/consents'
import type { UserRecord } from '../../core/core-state'
import type { SupportState } from './state'

/** What this user's records may still hold: anything saved under a withdrawn consent is gone. */
export const isKept = (saved: { consentEpoch?: number } | undefined, user: UserRecord | undefined): boolean =>
  saved !== undefined && keptUnderConsent(saved.consentEpoch, consentEpoch(user, 'family-health'))

export function situationOf(state: SupportState, user: UserRecord): SupportSituation | null {
  const saved = ownValue(state.situations, user.id)
  return saved && isKept(saved, user) ? saved.situation : null
}

const periodDto = ({ kind, start, end, days, hoursPerDay, status, basis, note }: LeavePeriod) => ({
  kind, start, end, days, status, basis, ...(hoursPerDay === undefined ? {} : { hoursPerDay }), ...(note ? { note } : {}),
})

export function calendarOf(user: UserRecord, situation: SupportSituation, today: DateString): LeaveCalendarDto | null {
  const birth = focusBirth(user.family, situation, today)
  if (!birth) return null
  const rules = rulesFor(situation.region)
  const dates = birth.estimated ? { dueDate: birth.from } : { birthDate: birth.from }
  const calendar = leaveCalendar({ ...dates, babies: birth.babies, difficultBirth: situation.difficultBirth, birthOrder: birth.birthOrder, rules, today })
  return {
    from: calendar.from,
    estimated: calendar.estimated,
    forWhom: birth.estimated ? '宝宝（预产期）' : birth.names.join('、'),
    mother: calendar.mother.map(periodDto),
    partner: calendar.partner.map(periodDto),
  }
}

/** Statuses move with the days: a saved plan is shown as of today, and marked when the birth moved it. */
export function planOf(state: SupportState, user: UserRecord, current: LeaveCalendarDto | null, today: DateString): PlanDto | null {
  const saved = ownValue(state.plans, user.id)
  if (!saved || !isKept(saved, user)) return null
  // A plan made for an expected baby, and neither that pregnancy nor a birth from it on record:
  // it ended without a child. The plan is not shown again (it would speak of a 宝宝 that is not).
  const stillExpected = current?.estimated === true
  const bornFromIt = current !== null && !current.estimated && isBirthOfDue(current.from, saved.calendar.from)
  if (saved.calendar.estimated && !stillExpected && !bornFromIt) return null
  const status = (period: { start: string; end: string }) => (period.end < today ? 'past' : period.start > today ? 'upcoming' : 'current')
  const restate = <P extends { start: string; end: string }>(period: P) => ({ ...period, status: status(period) })
  const calendar = { ...saved.calendar, mother: saved.calendar.mother.map(restate), partner: saved.calendar.partner.map(restate) }
  const outdated = current === null || current.from !== saved.calendar.from || current.estimated !== saved.calendar.estimated
  return { savedAt: saved.savedAt, calendar, outdated }
}

function ticksOf(state: SupportState, user: UserRecord, childId: string): string[] {
  const saved = ownValue(state.ticks, user.id)
  if (!saved || !isKept(saved, user)) return []
  return Object.keys(ownValue(saved.byChild, childId) ?? {})
}

/** The family's own child, still under three; any other id is NOT_FOUND, as for someone else's. */
export function ownChild(user: UserRecord, childId: string, today: DateString): Child {
  const child = checklistChildren(user.family.children, today).find((candidate) => candidate.id === childId)
  if (!child) throw new ServiceError('NOT_FOUND', '没有找到这个孩子，家庭信息可能已更新')
  return child
}

export function checklistOf(state: SupportState, user: UserRecord, child: Child, today: DateString): ChecklistDto {
  const region = situationOf(state, user)?.region ?? DEFAULT_SITUATION.region
  const entries = checklistFor({ birthDate: child.birthDate, region, today, done: ticksOf(state, user, child.id) })
  const twins = user.family.children.filter((other) => other.birthDate === child.birthDate && other.id !== child.id)
  return {
    child: { id: child.id, name: child.name, birthDate: child.birthDate },
    twins: twins.map(({ id, name }) => ({ id, name })),
    items: entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      what: entry.what,
      ...(entry.where.online ? { online: entry.where.online } : {}),
      ...(entry.where.inPerson ? { inPerson: entry.where.inPerson } : {}),
      documents: [...entry.documents],
      ...(entry.jointService ? { jointService: entry.jointService } : {}),
      deadline: entry.deadline,
      deadlineLabel: entry.deadlineRule?.label ?? null,
      daysLeft: entry.daysLeft,
      state: entry.state,
      done: entry.done,
      basis: entry.deadlineRule?.basis ?? entry.basis,
      checkedOn: entry.checkedOn,
      ...(entry.note ? { note: entry.note } : {}),
    })),
    progress: checklistProgress(entries),
  }
}

export function mineOf(state: SupportState, user: UserRecord, today: DateString): MineDto {
  const saved = situationOf(state, user)
  const situation = saved ?? DEFAULT_SITUATION
  const rules = rulesFor(situation.region)
  const calendar = calendarOf(user, situation, today)
  const checklists: ChecklistSummary[] = checklistChildren(user.family.children, today).map((child) => {
    const { progress } = checklistOf(state, user, child, today)
    return { childId: child.id, name: child.name, birthDate: child.birthDate, ...progress }
  })
  const claims = whatWeCanClaim(claimInputOf(user.family, situation, today), rules, today).map(({ needsLocalCheck: _checked, note, child, ...claim }) => ({
    ...claim,
    ...(child ? { child } : {}),
    ...(note ? { note } : {}),
  }))
  return { situation: saved, regionName: rules.regionName, claims, calendar, plan: planOf(state, user, calendar, today), checklists }
}
