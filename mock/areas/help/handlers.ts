import { daysBetween, isDateString } from '../../../src/domain/dates'
import {
  availableActions,
  HELP_STATUS_LABELS,
  HELP_TYPES,
  helpFacts,
  helpFormErrors,
  helpNoteError,
  isOverdue,
  maskAddress,
  RESPONSE_HOURS,
  transition,
  VISITOR_MAX,
  VOLUNTEER_LABELS,
  type HelpAction,
  type HelpActor,
  type HelpForm,
} from '../../../src/domain/help'
import { keptUnderConsent } from '../../../src/domain/consents'
import { ENTRY_ROLES } from '../../../src/domain/roles'
import { hasErrors, maskPhone, normaliseContactPhone, tooLongMessage } from '../../../src/domain/validation'
import { ServiceError } from '../../../src/services/errors'
import type { ContactDto, HelpApi, HelpDetail, HelpSummary } from '../../../src/services/help-api'
import type { HandlerContext, HandlerMap } from '../../core/area'
import { consentEpoch, grantConsent } from '../../core/consents'
import type { CoreState, UserRecord } from '../../core/core-state'
import type { HelpRecord, HelpState } from './state'

type Ctx = HandlerContext<HelpState>

const HOTLINE = { name: '杭州市计生协暖心服务热线', phone: '0571-87052356' }
const ACTION_NOTES: Record<HelpAction, string> = {
  accept: '已受理',
  schedule: '已安排上门',
  complete: '已完成',
  'follow-up': '已回访',
  return: '已退回',
  cancel: '已取消',
  rate: '已评价',
}

function contactsOf(core: CoreState, family: UserRecord): ContactDto[] {
  return (family.specialFamily?.contactIds ?? []).flatMap((id) => {
    const contact = core.users[id]
    return contact ? [{ id, name: contact.name, title: contact.title, phone: contact.phone }] : []
  })
}

/**
 * A family that withdraws its consent to share requests with its contacts has every request it
 * shared deleted: the contacts no longer see the need, address or phone, and open ones end with
 * them. Requests made after agreeing again are kept.
 */
export function forgetWithdrawn(state: HelpState, core: CoreState): boolean {
  let removed = false
  for (const request of Object.values(state.requests)) {
    if (!keptUnderConsent(request.consentEpoch, consentEpoch(core.users[request.familyId], 'help-sharing'))) {
      delete state.requests[request.id]
      removed = true
    }
  }
  return removed
}

/** The caller's relation to a request: its family, one of its two contacts, or none at all. */
function actorFor(ctx: Ctx, request: HelpRecord): HelpActor | null {
  const user = ctx.user
  if (!user) return null
  if (request.familyId === user.id) return 'family'
  const family = ctx.core.users[request.familyId]
  if (user.role === 'contact' && family?.specialFamily?.contactIds.includes(user.id)) return 'contact'
  return null
}

/** Unrelated callers learn nothing, not even that the request exists. */
function requestFor(ctx: Ctx, id: unknown): { request: HelpRecord; actor: HelpActor } {
  const request = typeof id === 'string' ? ctx.state.requests[id] : undefined
  const actor = request ? actorFor(ctx, request) : null
  if (!request || !actor) throw new ServiceError('NOT_FOUND', '没有找到这条求助')
  return { request, actor }
}


function summary(ctx: Ctx, request: HelpRecord): HelpSummary {
  const family = ctx.core.users[request.familyId]
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
    needPreview: request.need.length > 30 ? `${request.need.slice(0, 30)}…` : request.need,
    contacts: family ? contactsOf(ctx.core, family) : [],
  }
}

function detail(ctx: Ctx, request: HelpRecord, actor: HelpActor): HelpDetail {
  const family = ctx.core.users[request.familyId]
  const nameOf = (id: string) => ctx.core.users[id]?.name ?? '系统'
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

function readForm(raw: unknown): HelpForm {
  const input = (raw ?? {}) as Partial<Record<keyof HelpForm, unknown>>
  return {
    type: HELP_TYPES.some((type) => type.id === input.type) ? (input.type as HelpForm['type']) : '',
    volunteerKind: typeof input.volunteerKind === 'string' && input.volunteerKind in VOLUNTEER_LABELS ? (input.volunteerKind as HelpForm['volunteerKind']) : '',
    need: String(input.need ?? ''),
    preferredDate: String(input.preferredDate ?? ''),
    halfDay: input.halfDay === 'am' || input.halfDay === 'pm' ? input.halfDay : '',
    address: String(input.address ?? ''),
    phone: normaliseContactPhone(String(input.phone ?? '')),
    urgent: input.urgent === true,
    callOnly: input.callOnly === true,
  }
}

const SCORE_FIELDS: Partial<Record<HelpAction, 'stars' | 'satisfaction'>> = { rate: 'stars', 'follow-up': 'satisfaction' }

/**
 * An action's note (trimmed) and, for 评价 and 回访, its 1–5 score, checked together so every
 * field's problem is told at once. A missing or over-long note is refused at the field, never cut.
 */
function noteAndScore(action: HelpAction, payload: { note?: unknown; stars?: unknown; satisfaction?: unknown } | undefined): { note: string; score: number } {
  const errors: Record<string, string> = {}
  const note = String(payload?.note ?? '').trim()
  const noteError = helpNoteError(action, note)
  if (noteError) errors.note = noteError
  const field = SCORE_FIELDS[action]
  const score = field ? Number(payload?.[field]) : 0
  if (field && (!Number.isInteger(score) || score < 1 || score > 5)) errors[field] = '请选择1–5分'
  if (hasErrors(errors)) throw new ServiceError('VALIDATION', Object.values(errors)[0], errors)
  return { note, score }
}

export const helpHandlers: HandlerMap<HelpApi, HelpState> = {
  'help.overview': {
    access: ['special_family'],
    handle: ({ core, user }) => ({
      contacts: contactsOf(core, user!),
      hotline: HOTLINE,
      consentedAt: user!.consents.helpSharing ?? null,
      address: user!.specialFamily?.address ?? '',
      phone: user!.phone,
    }),
  },
  'help.consent': {
    access: ['special_family'],
    write: true,
    handle: ({ user, now }) => {
      // Recorded with the account (core), where 我的 → 隐私与授权 lists it and can withdraw it.
      grantConsent(user!, 'help-sharing', now)
      return { consentedAt: user!.consents.helpSharing! }
    },
  },
  'help.submit': {
    access: ['special_family'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const user = ctx.user!
      if (!user.consents.helpSharing) {
        throw new ServiceError('CONSENT_REQUIRED', '提交求助前，请先同意把求助内容告知您的两位联系人')
      }
      const form = readForm(payload?.request)
      const errors = helpFormErrors(form, ctx.today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '求助信息有误，请按提示修改', errors)
      const request: HelpRecord = {
        id: `help-${ctx.state.nextId++}`,
        familyId: user.id,
        type: form.type as HelpRecord['type'],
        volunteerKind: form.type === 'volunteer' ? (form.volunteerKind as HelpRecord['volunteerKind']) : null,
        need: form.need.trim(),
        preferredDate: form.preferredDate,
        halfDay: form.halfDay as HelpRecord['halfDay'],
        address: form.callOnly ? form.address.trim() || (user.specialFamily?.address ?? '') : form.address.trim(),
        phone: form.phone,
        urgent: form.urgent,
        callOnly: form.callOnly,
        status: 'submitted',
        createdAt: ctx.now,
        updatedAt: ctx.now,
        visit: null,
        rating: null,
        timeline: [{ at: ctx.now, actorId: user.id, action: '已提交', note: form.urgent ? '紧急' : '' }],
        consentEpoch: consentEpoch(user, 'help-sharing'),
      }
      ctx.state.requests[request.id] = request
      return detail(ctx, request, 'family')
    },
  },
  'help.mine': {
    access: ENTRY_ROLES.helpMine,
    handle: (ctx) =>
      Object.values(ctx.state.requests)
        .filter((request) => request.familyId === ctx.user!.id)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((request) => summary(ctx, request)),
  },
  'help.queue': {
    access: ENTRY_ROLES.helpQueue,
    handle: (ctx, payload) => {
      const status = payload?.status && payload.status in HELP_STATUS_LABELS ? payload.status : undefined
      return Object.values(ctx.state.requests)
        .filter((request) => actorFor(ctx, request) === 'contact')
        .filter((request) => (!status || request.status === status) && (!payload?.urgentOnly || request.urgent))
        .map((request) => summary(ctx, request))
        .sort(
          (a, b) =>
            Number(b.overdue) - Number(a.overdue) ||
            Number(b.urgent) - Number(a.urgent) ||
            a.createdAt.localeCompare(b.createdAt),
        )
    },
  },
  'help.detail': {
    access: 'signed-in',
    handle: (ctx, payload) => {
      const { request, actor } = requestFor(ctx, payload?.id)
      return detail(ctx, request, actor)
    },
  },
  'help.act': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const { request, actor } = requestFor(ctx, payload?.id)
      const action = payload?.action as HelpAction
      const result = transition(helpFacts(request), action, actor, ctx.now)
      if (!result.ok) throw new ServiceError('CONFLICT', result.reason)
      let note = ''
      if (action === 'schedule') {
        const visit = payload?.visit
        const errors: Record<string, string> = {}
        if (!visit || !isDateString(visit.date) || daysBetween(ctx.today, visit.date) < 0 || daysBetween(ctx.today, visit.date) > 30) errors.date = '请选择今天起30天内的日期'
        if (!visit || !/^([01]\d|2[0-3]):[0-5]\d$/.test(visit.time)) errors.time = '请选择上门时间'
        const visitor = String(visit?.visitor ?? '').trim()
        if (!visitor) errors.visitor = '请填写上门人员'
        else if (visitor.length > VISITOR_MAX) errors.visitor = tooLongMessage(visitor.length, VISITOR_MAX)
        if (hasErrors(errors)) throw new ServiceError('VALIDATION', '上门安排有误，请按提示修改', errors)
        request.visit = { date: visit!.date, time: visit!.time, visitor }
        note = `${request.visit.date} ${request.visit.time}，${request.visit.visitor}`
      } else {
        const { note: comment, score } = noteAndScore(action, payload)
        if (action === 'follow-up') note = `满意度 ${score} 分${comment ? `，${comment}` : ''}`
        else if (action === 'rate') {
          request.rating = { stars: score, comment }
          note = `${score}星${comment ? `：${comment}` : ''}`
        } else note = comment
      }
      request.status = result.to
      request.updatedAt = ctx.now
      request.timeline.push({ at: ctx.now, actorId: ctx.user!.id, action: ACTION_NOTES[action], note })
      return detail(ctx, request, actor)
    },
  },
}
