import type { ContactDto, HelpDetail, HelpSummary } from '@/contract/help'
import { availableActions, helpFacts, isOverdue, needPreview, RESPONSE_HOURS, type HelpActor } from '@/domain/help'
import { compareIso } from '@/domain/dates'
import { maskAddress } from '@/domain/masking'
import { ownValue } from '@/domain/own'
import { maskPhone } from '@/domain/validation'
import type { HandlerContext } from '../../core/area'
import type { CoreState, UserRecord } from '../../core/core-state'
import type { HelpRecord, HelpState } from './state'

type Ctx = HandlerContext<HelpState>

/** The 暖心热线 every family can call, on 暖心服务's first page and its card. */
export const HOTLINE = { name: '杭州市计生协暖心服务热线', phone: '0571-87052356' }

const userOf = (core: CoreState, id: string): UserRecord | undefined => ownValue(core.users, id)

export function contactsOf(core: CoreState, family: UserRecord): ContactDto[] {
  return (family.specialFamily?.contactIds ?? []).flatMap((id) => {
    const contact = userOf(core, id)
    return contact ? [{ id, name: contact.name, title: contact.title, phone: contact.phone }] : []
  })
}

/** A request in a list: the address up to its street, the phone and any number in the need masked. */
export function summary(ctx: Ctx, request: HelpRecord): HelpSummary {
  const family = userOf(ctx.core, request.familyId)
  return {
    id: request.id,
    type: request.type,
    volunteerKind: request.volunteerKind,
    status: request.status,
    urgent: request.urgent,
    callOnly: request.callOnly,
    preferredDate: request.preferredDate,
    halfDay: request.halfDay,
    createdAt: new Date(request.createdAt).toISOString(),
    overdue: isOverdue(request, ctx.now),
    familyName: family?.name ?? '',
    addressMasked: maskAddress(request.address),
    phoneMasked: maskPhone(request.phone),
    needPreview: needPreview(request.need),
    contacts: family ? contactsOf(ctx.core, family) : [],
    phoneInBy: request.phoneIn ? (userOf(ctx.core, request.phoneIn.takenBy)?.name ?? '') : null,
  }
}

/** Everything, for the family and its contacts only (requestFor has checked who is asking). */
export function detail(ctx: Ctx, request: HelpRecord, actor: HelpActor): HelpDetail {
  const family = userOf(ctx.core, request.familyId)
  const nameOf = (id: string) => userOf(ctx.core, id)?.name ?? '系统'
  const timeline = request.timeline.map((entry) => ({ at: new Date(entry.at).toISOString(), actorName: nameOf(entry.actorId), action: entry.action, note: entry.note }))
  if (isOverdue(request, ctx.now)) {
    const hours = request.urgent ? RESPONSE_HOURS.urgent : RESPONSE_HOURS.normal
    const second = family?.specialFamily ? nameOf(family.specialFamily.contactIds[1]) : ''
    timeline.push({
      at: new Date(request.createdAt + hours * 3_600_000).toISOString(),
      actorName: '系统',
      action: '已超时',
      note: `${hours}小时内未受理，已同时提醒第二联系人${second}`,
    })
    // In time order: what happened after the escalation (a handover) comes after it.
    timeline.sort((a, b) => compareIso(a.at, b.at))
  }
  return {
    ...summary(ctx, request),
    need: request.need,
    address: request.address,
    phone: request.phone,
    visit: request.visit,
    rating: request.rating,
    timeline,
    actions: availableActions(helpFacts(request), actor, ctx.now),
  }
}
