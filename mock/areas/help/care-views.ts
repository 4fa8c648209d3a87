import type { CaseloadItem, ContactLogDto, FamilyCareDto } from '@/contract/care'
import { CADENCE, careStatus, sortCaseload, type CareStatus } from '@/domain/care'
import { compareIso } from '@/domain/dates'
import { maskAddress } from '@/domain/masking'
import { ownValue } from '@/domain/own'
import { upcomingSpecialDay, type SpecialDay } from '@/domain/special-days'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext } from '../../core/area'
import type { UserRecord } from '../../core/core-state'
import type { ContactLogRecord, HelpRecord, HelpState } from './state'
import { contactsOf, summary } from './views'

type Ctx = AuthedContext<HelpState>

/** Requests still being handled: 有未办结求助. */
const OPEN = new Set<HelpRecord['status']>(['submitted', 'accepted', 'scheduled'])

/** The special families this contact is one of the two contacts of. */
export function familiesOf(ctx: Ctx): UserRecord[] {
  return Object.values(ctx.core.users).filter((user) => user.specialFamily?.contactIds.includes(ctx.user.id))
}

/** A family of this contact's, or NOT_FOUND (as for a family that does not exist). */
export function ownFamily(ctx: Ctx, familyId: string): UserRecord {
  const family = ownValue(ctx.core.users, familyId)
  if (!family?.specialFamily?.contactIds.includes(ctx.user.id)) throw new ServiceError('NOT_FOUND', '没有找到这户家庭')
  return family
}

function logsOf(state: HelpState, familyId: string): ContactLogRecord[] {
  return Object.values(state.contactLogs)
    .filter((log) => log.familyId === familyId)
    .sort((a, b) => compareIso(b.date, a.date) || b.at - a.at)
}

/** Where the family stands against its cadence (src/domain/care.ts careStatus). */
export function statusOf(state: HelpState, family: UserRecord, today: string): CareStatus {
  const logs = logsOf(state, family.id)
  return careStatus({
    kind: family.specialFamily?.kind ?? 'bereaved',
    logs,
    assignedOn: ownValue(state.careSince, family.id) ?? today,
    today,
    agreedNext: logs[0]?.nextContactDate ?? null,
  })
}

/** The family's 特殊日子 and when it agreed to them: nothing at all without the agreement. */
export function specialDaysOf(state: HelpState, familyId: string): { days: SpecialDay[]; agreedAt: string | null } {
  const profile = ownValue(state.careProfiles, familyId)
  const agreedAt = profile?.specialDaysAgreedAt ?? null
  return agreedAt ? { days: profile?.specialDays ?? [], agreedAt } : { days: [], agreedAt: null }
}

function caseloadItem(ctx: Ctx, family: UserRecord): CaseloadItem {
  const special = family.specialFamily!
  const status = statusOf(ctx.state, family, ctx.today)
  const other = special.contactIds.find((id) => id !== ctx.user.id)
  return {
    familyId: family.id,
    name: family.name,
    kind: special.kind,
    community: family.organisation,
    addressMasked: maskAddress(special.address),
    lastContact: status.lastContact,
    lastVisit: status.lastVisit,
    nextDue: status.nextDue,
    overdue: status.overdue,
    daysOverdue: status.daysOverdue,
    openRequests: Object.values(ctx.state.requests).filter((request) => request.familyId === family.id && OPEN.has(request.status)).length,
    otherContact: (other && ownValue(ctx.core.users, other)?.name) || '',
    specialDaySoon: upcomingSpecialDay(specialDaysOf(ctx.state, family.id).days, ctx.today) !== null,
  }
}

/** The contact's families in the order to work through them (sortCaseload: overdue first). */
export function caseload(ctx: Ctx): CaseloadItem[] {
  const items = familiesOf(ctx).map((family) => caseloadItem(ctx, family))
  return sortCaseload(items.map((item) => ({ item, sortKey: item.name, status: item }))).map(({ item }) => item)
}

export function familyCare(ctx: Ctx, family: UserRecord): FamilyCareDto {
  const { kind, address } = family.specialFamily!
  const { callEveryDays, visitEveryDays, basis } = CADENCE[kind]
  const logs: ContactLogDto[] = logsOf(ctx.state, family.id).map((log) => ({
    id: log.id,
    kind: log.kind,
    date: log.date,
    durationMinutes: log.durationMinutes,
    state: log.state,
    note: log.note,
    nextContactDate: log.nextContactDate,
    byName: ownValue(ctx.core.users, log.contactId)?.name ?? '',
  }))
  const requests = Object.values(ctx.state.requests)
    .filter((request) => request.familyId === family.id)
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((request) => summary(ctx, request))
  const special = specialDaysOf(ctx.state, family.id)
  return {
    ...caseloadItem(ctx, family),
    address,
    phone: family.phone,
    contacts: contactsOf(ctx.core, family),
    cadence: { callEveryDays, visitEveryDays, basis },
    logs,
    requests,
    specialDays: special.days.map(({ monthDay, label }) => ({ monthDay, label })),
    specialDayNext: upcomingSpecialDay(special.days, ctx.today),
    specialDaysAgreedAt: special.agreedAt,
  }
}
