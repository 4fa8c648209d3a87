import type { careAdminMethods, OverviewDto } from '@/contract/care-admin'
import { careOverview, HANDOVER_MESSAGES, handoverErrors, type OverviewRequest } from '@/domain/care-overview'
import { ownValue } from '@/domain/own'
import { ENTRY_ROLES } from '@/domain/roles'
import { hasErrors } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers, HandlerContext } from '../../core/area'
import type { UserRecord } from '../../core/core-state'
import { statusOf } from './care-views'
import type { HelpRecord, HelpState } from './state'

/** The 计生协's staff: numbers across communities, and handing families between contacts. */
const ASSOCIATION = ENTRY_ROLES.careOverview

type Ctx = HandlerContext<HelpState>

const specialFamilies = (ctx: Ctx): UserRecord[] => Object.values(ctx.core.users).filter((user) => user.specialFamily)

/**
 * The time of 已受理 on a request's timeline, or null. A request a contact filed themselves
 * (电话代录, or opened from a 需紧急帮助 contact) was never waiting for anyone: it does not count
 * towards the time to accept.
 */
const acceptedAt = (request: HelpRecord): number | null =>
  request.timeline[0]?.actorId !== request.familyId ? null : (request.timeline.find((entry) => entry.action === '已受理')?.at ?? null)

/** The family's own stars (评价): the contact's 回访 score is their reading of it, not counted. */
const satisfactionOf = (request: HelpRecord): number | null => request.rating?.stars ?? null

function overview(ctx: Ctx): OverviewDto {
  const families = specialFamilies(ctx)
  const overdueIds = new Set(families.filter((family) => statusOf(ctx.state, family, ctx.today).overdue.length > 0).map((family) => family.id))
  const communityOf = new Map(families.map((family) => [family.id, family.organisation]))
  const requests: OverviewRequest[] = Object.values(ctx.state.requests).flatMap((request) => {
    const community = communityOf.get(request.familyId)
    return community
      ? [{ community, status: request.status, urgent: request.urgent, createdAt: request.createdAt, acceptedAt: acceptedAt(request), satisfaction: satisfactionOf(request) }]
      : []
  })
  const communities = careOverview(
    families.map((family) => ({ community: family.organisation, contactIds: family.specialFamily?.contactIds ?? [], overdue: overdueIds.has(family.id) })),
    requests,
    ctx.now,
  )
  const contacts = Object.values(ctx.core.users)
    .filter((user) => user.role === 'contact')
    .map((contact) => {
      const own = families.filter((family) => family.specialFamily?.contactIds.includes(contact.id))
      return { id: contact.id, name: contact.name, organisation: contact.organisation, families: own.length, overdue: own.filter((family) => overdueIds.has(family.id)).length }
    })
  return { communities, contacts, at: new Date(ctx.now).toISOString() }
}

export const adminHandlers: ContractHandlers<typeof careAdminMethods, HelpState> = {
  'care.overview': {
    access: ASSOCIATION,
    handle: (ctx) => overview(ctx),
  },
  'care.reassign': {
    access: ASSOCIATION,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { handover: { fromContactId, toContactId } }) => {
      const from = ownValue(ctx.core.users, fromContactId)
      const to = ownValue(ctx.core.users, toContactId)
      // Someone who is not a contact is as good as no one chosen.
      const errors = handoverErrors(from?.role === 'contact' ? from.id : '', to?.role === 'contact' ? to.id : '')
      if (hasErrors(errors) || !from || !to) throw new ServiceError('VALIDATION', errors.fromContactId ?? errors.toContactId ?? HANDOVER_MESSAGES.to, errors)
      const families = specialFamilies(ctx).filter((family) => family.specialFamily?.contactIds.includes(from.id))
      // A family would be left with one person in both places: the association must choose someone else.
      const clash = families.filter((family) => family.specialFamily?.contactIds.includes(to.id))
      if (clash.length > 0) {
        const message = HANDOVER_MESSAGES.clash(to.name, clash.length)
        throw new ServiceError('VALIDATION', message, { toContactId: message })
      }
      for (const family of families) {
        const special = family.specialFamily!
        special.contactIds = special.contactIds.map((id) => (id === from.id ? to.id : id)) as [string, string]
        // On the record of every request the family has, as on paper: who handed over to whom.
        for (const request of Object.values(ctx.state.requests).filter((candidate) => candidate.familyId === family.id)) {
          request.timeline.push({ at: ctx.now, actorId: ctx.user?.id ?? '', action: '联系人变更', note: `${from.name} → ${to.name}` })
        }
      }
      return { moved: families.length, overview: overview(ctx) }
    },
  },
}
