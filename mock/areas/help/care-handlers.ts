import type { careMethods } from '@/contract/care'
import { CONTACT_KIND_LABELS, contactLogErrors, opensRequest } from '@/domain/care'
import { chinaDateTime } from '@/domain/dates'
import { ENTRY_ROLES, type Role } from '@/domain/roles'
import { specialDaysInputErrors } from '@/domain/special-days'
import { hasErrors } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext, ContractHandlers } from '../../core/area'
import type { UserRecord } from '../../core/core-state'
import { caseload, familyCare, ownFamily } from './care-views'
import { coverageCard } from './coverage-view'
import { newRequest } from './new-request'
import type { HelpRecord, HelpState } from './state'
import { detail } from './views'

/** The contacts' own calls: the same role as the 求助待办 queue. */
const CONTACTS = ENTRY_ROLES.helpQueue
/** The family's own card: the same role as help.overview. */
const FAMILIES: readonly Role[] = ['special_family']

/**
 * 需紧急帮助 found on a call or visit: an urgent 走访慰问 request opened at once in the family's
 * name, filed and accepted by the contact who found it. The private note stays in the log.
 */
function urgentRequest(ctx: AuthedContext<HelpState>, family: UserRecord, kind: keyof typeof CONTACT_KIND_LABELS): HelpRecord {
  const hour = Number(chinaDateTime(ctx.now).slice(11, 13))
  const request = newRequest(
    ctx,
    family,
    {
      type: 'visit',
      need: kind === 'visit' ? `${ctx.user.name}上门时发现家里需要紧急帮助，请尽快安排跟进。` : `${ctx.user.name}${CONTACT_KIND_LABELS[kind]}联系时发现家里需要紧急帮助，请尽快上门看看。`,
      preferredDate: ctx.today,
      halfDay: hour < 12 ? 'am' : 'pm',
      address: family.specialFamily?.address ?? '',
      phone: family.phone,
      urgent: true,
      callOnly: false,
    },
    { contact: ctx.user, note: `${CONTACT_KIND_LABELS[kind]}联系中发现需紧急帮助，由${ctx.user.name}代为登记`, byPhone: false },
  )
  request.status = 'accepted'
  request.timeline.push({ at: ctx.now, actorId: ctx.user.id, action: '已受理', note: '联系中发现需紧急帮助' })
  return request
}

export const careHandlers: ContractHandlers<typeof careMethods, HelpState> = {
  'care.families': {
    access: CONTACTS,
    handle: (ctx) => caseload(ctx),
  },
  'care.family': {
    access: CONTACTS,
    handle: (ctx, { familyId }) => familyCare(ctx, ownFamily(ctx, familyId)),
  },
  'care.log': {
    access: CONTACTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { familyId, log }) => {
      const family = ownFamily(ctx, familyId)
      const next = log.nextContactDate ?? ''
      const errors = contactLogErrors({ ...log, nextContactDate: next }, ctx.today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '联系记录有误，请按提示修改', errors)
      const id = `log-${ctx.state.nextLogId++}`
      ctx.state.contactLogs[id] = {
        id,
        familyId,
        contactId: ctx.user.id,
        kind: log.kind,
        date: log.date,
        durationMinutes: log.durationMinutes,
        state: log.state,
        note: log.note,
        nextContactDate: next || null,
        at: ctx.now,
      }
      const opened = opensRequest(log.state) ? urgentRequest(ctx, family, log.kind) : null
      return { family: familyCare(ctx, family), openedRequest: opened ? detail(ctx, opened, 'contact') : null }
    },
  },
  'care.phoneIn': {
    access: CONTACTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { familyId, request: { familyAgreed: _agreed, ...input } }) => {
      const family = ownFamily(ctx, familyId)
      return detail(ctx, newRequest(ctx, family, input, { contact: ctx.user, note: `电话代录（${ctx.user.name}接听）`, byPhone: true }), 'contact')
    },
  },
  'care.setSpecialDays': {
    access: CONTACTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { familyId, specialDays: { days, familyAgreed } }) => {
      const family = ownFamily(ctx, familyId)
      const errors = specialDaysInputErrors({ days, familyAgreed })
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '特殊日子有误，请按提示修改', errors)
      // A family without a profile yet gets one with its birth year not on file (0).
      const profile = (ctx.state.careProfiles[familyId] ??= { birthYear: 0, doctor: null })
      const agreed = familyAgreed && days.length > 0
      // The day agreed stays as it was while the family keeps agreeing; withdrawn, nothing is kept.
      profile.specialDaysAgreedAt = agreed ? (profile.specialDaysAgreedAt ?? ctx.today) : null
      profile.specialDays = agreed ? days.map(({ monthDay, label }) => ({ monthDay, label: label.trim() })) : []
      return familyCare(ctx, family)
    },
  },
  'care.myCard': {
    access: FAMILIES,
    handle: (ctx) => coverageCard(ctx),
  },
}
