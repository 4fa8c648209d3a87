import { addDays, chinaDateTime, chinaMidnight, daysBetween, isDateString, type DateString } from './dates'
import { previewText } from './masking'
import { hasOwn, ownValue } from './own'
import { contactPhoneError, tooLongMessage } from './validation'

/**
 * 暖心服务: help and visit requests from special families (失独 / 伤残 only-child families),
 * handled by the family's two named contacts (双岗联系人). The status flow and response times
 * follow the association's 暖心行动 rules (DOMAIN.md).
 */
export const HELP_TYPE_IDS = ['emotional', 'visit', 'volunteer', 'insurance', 'medical'] as const
export type HelpType = (typeof HELP_TYPE_IDS)[number]
export const VOLUNTEER_KINDS = ['housework', 'bathing', 'escort'] as const
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number]
export const HALF_DAYS = ['am', 'pm'] as const
export type HalfDay = (typeof HALF_DAYS)[number]

export const HELP_TYPES: Array<{ id: HelpType; label: string; hint: string }> = [
  { id: 'emotional', label: '精神慰藉', hint: '想找人说说话、心里不好受' },
  { id: 'visit', label: '走访慰问', hint: '请联系人上门看看' },
  { id: 'volunteer', label: '志愿服务', hint: '家政、助浴、就医陪同' },
  { id: 'insurance', label: '保险保障', hint: '保险理赔、补助申领' },
  { id: 'medical', label: '就医绿色通道', hint: '看病挂号、住院优先' },
]
export const HELP_TYPE_LABELS = Object.fromEntries(HELP_TYPES.map((t) => [t.id, t.label])) as Record<HelpType, string>
export const VOLUNTEER_LABELS: Record<VolunteerKind, string> = { housework: '家政', bathing: '助浴', escort: '就医陪同' }
export const HALF_DAY_LABELS: Record<HalfDay, string> = { am: '上午', pm: '下午' }

export const HELP_STATUSES = ['submitted', 'accepted', 'scheduled', 'completed', 'followed-up', 'cancelled', 'returned'] as const
export type HelpStatus = (typeof HELP_STATUSES)[number]

export const HELP_STATUS_LABELS: Record<HelpStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  scheduled: '已安排上门',
  completed: '已完成',
  'followed-up': '已回访',
  cancelled: '已取消',
  returned: '已退回',
}

export const HELP_ACTIONS = ['accept', 'schedule', 'complete', 'follow-up', 'return', 'cancel', 'rate'] as const
export type HelpAction = (typeof HELP_ACTIONS)[number]
export type HelpActor = 'family' | 'contact'

/**
 * Who may do what from which status. Contacts move a request forward; a phone-only request
 * (只需电话联系) can be completed without a visit. The family cancels before the visit and
 * rates once it is done. Everything else is refused.
 */
const RULES: Record<HelpAction, { actor: HelpActor; from: HelpStatus[]; to: HelpStatus | null }> = {
  accept: { actor: 'contact', from: ['submitted'], to: 'accepted' },
  schedule: { actor: 'contact', from: ['accepted', 'scheduled'], to: 'scheduled' },
  complete: { actor: 'contact', from: ['scheduled', 'accepted'], to: 'completed' },
  'follow-up': { actor: 'contact', from: ['completed'], to: 'followed-up' },
  return: { actor: 'contact', from: ['submitted', 'accepted'], to: 'returned' },
  cancel: { actor: 'family', from: ['submitted', 'accepted', 'scheduled'], to: 'cancelled' },
  // Rating does not change the status; it is allowed once, after the work is done.
  rate: { actor: 'family', from: ['completed', 'followed-up'], to: null },
}

export const HELP_ACTION_LABELS: Record<HelpAction, string> = {
  accept: '受理',
  schedule: '安排上门',
  complete: '标记完成',
  'follow-up': '记录回访',
  return: '退回',
  cancel: '取消',
  rate: '评价',
}

export interface TransitionFacts {
  status: HelpStatus
  /** Phone-only requests can be completed straight from 已受理. */
  callOnly: boolean
  /**
   * When the scheduled visit starts (epoch ms): cancelling is refused from then on, and marking it
   * 已完成 is refused before then.
   */
  visitStartsAt: number | null
  rated: boolean
}

export interface Visit {
  /** YYYY-MM-DD, China time. */
  date: string
  /** HH:MM, China time. */
  time: string
}

/** The instant a visit starts, China time; null when no visit is arranged. */
export function visitStartsAt(visit: Visit | null): number | null {
  if (!visit) return null
  const minutes = Number(visit.time.slice(0, 2)) * 60 + Number(visit.time.slice(3, 5))
  return chinaMidnight(visit.date) + minutes * 60_000
}

/** The facts the status flow needs, from a request as the backend keeps it or a page shows it. */
export function helpFacts(request: { status: HelpStatus; callOnly: boolean; visit: Visit | null; rating: unknown }): TransitionFacts {
  return { status: request.status, callOnly: request.callOnly, visitStartsAt: visitStartsAt(request.visit), rated: request.rating !== null }
}

/**
 * Why a scheduled visit cannot be marked 已完成 yet: its time has not come, so nothing can have
 * happened to report. Null when the time has come (or there is no visit to wait for).
 */
export function completeTooEarly(facts: TransitionFacts, now: number): string | null {
  if (facts.status !== 'scheduled' || facts.visitStartsAt === null || now >= facts.visitStartsAt) return null
  return `还没到上门时间（${chinaDateTime(facts.visitStartsAt)}），上门后才能标记完成`
}

/** The next status, or a Chinese reason the action is refused (the backend answers CONFLICT). */
export function transition(facts: TransitionFacts, action: HelpAction, actor: HelpActor, now: number): { ok: true; to: HelpStatus } | { ok: false; reason: string } {
  // Own keys only: the action may have come from outside ('constructor', ['schedule']).
  const rule = typeof action === 'string' ? ownValue(RULES, action) : undefined
  if (!rule) return { ok: false, reason: '没有这个操作' }
  const label = HELP_ACTION_LABELS[action]
  const status = HELP_STATUS_LABELS[facts.status]
  if (rule.actor !== actor) return { ok: false, reason: actor === 'family' ? `“${label}”由联系人操作` : `“${label}”只能由求助家庭操作` }
  if (!rule.from.includes(facts.status)) return { ok: false, reason: `当前状态为“${status}”，不能${label}` }
  if (action === 'complete' && facts.status === 'accepted' && !facts.callOnly) return { ok: false, reason: '需要上门的求助，请先安排上门再标记完成' }
  const early = action === 'complete' ? completeTooEarly(facts, now) : null
  if (early) return { ok: false, reason: early }
  if (action === 'cancel' && facts.visitStartsAt !== null && now >= facts.visitStartsAt) return { ok: false, reason: '上门时间已到，不能再取消，请直接联系联系人' }
  if (action === 'rate' && facts.rated) return { ok: false, reason: '已经评价过了' }
  return { ok: true, to: rule.to ?? facts.status }
}

/** Allowed actions for an actor now, for showing buttons (the backend checks again). */
export function availableActions(facts: TransitionFacts, actor: HelpActor, now: number): HelpAction[] {
  return HELP_ACTIONS.filter((action) => transition(facts, action, actor, now).ok)
}

/** The longest note an action takes (a reason, what happened on the visit, a comment). */
export const HELP_NOTE_MAX = 200
/** The longest name of who goes on a visit (a person, or a person and who goes with them). */
export const VISITOR_MAX = 30

/** Actions whose note must be written, with what the field says when it is empty. */
export const NOTE_REQUIRED: Partial<Record<HelpAction, string>> = {
  complete: '请填写上门或电话联系的情况',
  return: '请填写退回原因',
  cancel: '请说一下取消的原因',
}

/**
 * An action's note, checked the same on the page and by the backend: required for some actions,
 * never longer than HELP_NOTE_MAX (it is refused, not cut).
 */
export function helpNoteError(action: HelpAction, note: string): string | null {
  const length = note.trim().length
  const required = hasOwn(NOTE_REQUIRED, action) ? NOTE_REQUIRED[action] : undefined
  if (required && length < 2) return required
  if (length > HELP_NOTE_MAX) return tooLongMessage(length, HELP_NOTE_MAX)
  return null
}

/** What the 安排上门 form says at each field; the date is any day from today to 30 days on. */
export const VISIT_MESSAGES = {
  date: '请选择今天起30天内的日期',
  time: '请选择上门时间',
  visitor: '请填写上门人员',
} as const
export const VISIT_DAYS_AHEAD = 30

/** Null when a visit can be arranged on `date` (a real YYYY-MM-DD), else what the field says. */
export function visitDateError(date: string, today: DateString): string | null {
  if (!isDateString(date)) return VISIT_MESSAGES.date
  const ahead = daysBetween(today, date)
  return ahead < 0 || ahead > VISIT_DAYS_AHEAD ? VISIT_MESSAGES.date : null
}

/** 评分 and 回访满意度: a whole number of points, 1 to 5. */
export const SCORE_MIN = 1
export const SCORE_MAX = 5
export const SCORE_MESSAGE = '请选择1–5分'

export const RESPONSE_HOURS = { normal: 24, urgent: 2 }

/**
 * An unaccepted request is overdue (已超时) after 24 hours, or 2 hours when urgent: from that
 * minute it is escalated to the family's second contact and both see it marked.
 */
export function isOverdue(request: { status: HelpStatus; urgent: boolean; createdAt: number }, now: number): boolean {
  if (request.status !== 'submitted') return false
  const hours = request.urgent ? RESPONSE_HOURS.urgent : RESPONSE_HOURS.normal
  return now - request.createdAt >= hours * 3_600_000
}

export interface HelpForm {
  type: HelpType | ''
  volunteerKind: VolunteerKind | ''
  need: string
  preferredDate: string
  halfDay: HalfDay | ''
  address: string
  phone: string
  urgent: boolean
  callOnly: boolean
}

export type HelpField = keyof HelpForm

export const NEED_MIN = 5
export const NEED_MAX = 500
export const ADDRESS_MAX = 100
/** A phone as typed, with spaces, brackets and an extension (0571-88912345 转 801). */
export const PHONE_INPUT_MAX = 40

export function helpFormErrors(form: HelpForm, today: DateString): Partial<Record<HelpField, string>> {
  const errors: Partial<Record<HelpField, string>> = {}
  if (!HELP_TYPES.some((type) => type.id === form.type)) errors.type = '请选择求助类型'
  if (form.type === 'volunteer' && !hasOwn(VOLUNTEER_LABELS, form.volunteerKind)) errors.volunteerKind = '请选择需要哪种志愿服务'
  const need = form.need.trim().length
  if (need < NEED_MIN) errors.need = `请说说需要什么帮助（至少${NEED_MIN}个字）`
  else if (need > NEED_MAX) errors.need = tooLongMessage(need, NEED_MAX)
  if (!form.preferredDate) errors.preferredDate = '请选择希望的日期'
  else if (!isDateString(form.preferredDate)) errors.preferredDate = '日期格式不正确，应为年-月-日'
  else if (daysBetween(today, form.preferredDate) < 0) errors.preferredDate = '日期不能早于今天'
  else if (daysBetween(today, form.preferredDate) > 30) errors.preferredDate = '请选择30天以内的日期'
  if (form.halfDay !== 'am' && form.halfDay !== 'pm') errors.halfDay = '请选择上午或下午'
  if (!form.callOnly) {
    if (!form.address.trim()) errors.address = '请填写上门地址'
    else if (form.address.trim().length > ADDRESS_MAX) errors.address = `地址不超过${ADDRESS_MAX}个字`
  }
  const phone = contactPhoneError(form.phone)
  if (phone) errors.phone = phone
  return errors
}

/** How much of the need a list shows; phone and ID numbers typed into it are masked there. */
export const NEED_PREVIEW_LENGTH = 30
export const needPreview = (need: string): string => previewText(need, NEED_PREVIEW_LENGTH)

export const latestPreferredDate = (today: DateString) => addDays(today, 30)
