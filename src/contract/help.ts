/**
 * 暖心服务's contract: requests seen only by the family and its two contacts. Each action carries
 * exactly the fields it needs (a visit to 安排上门, a reason to 退回, a score to 回访), so no call
 * can move a request on without them.
 */
import {
  array,
  boolean,
  check,
  integer,
  literal,
  maxValue,
  is,
  minValue,
  nullable,
  nullish,
  number,
  object,
  optional,
  pipe,
  regex,
  string,
  trim,
  variant,
  type BaseIssue,
  type InferInput,
  type InferOutput,
  type ObjectEntries,
} from 'valibot'
import {
  ADDRESS_MAX,
  HALF_DAYS,
  HELP_ACTIONS,
  HELP_STATUSES,
  HELP_TYPE_IDS,
  helpNoteError,
  NEED_MAX,
  NEED_MIN,
  NOTE_REQUIRED,
  PHONE_INPUT_MAX,
  SCORE_MAX,
  SCORE_MESSAGE,
  SCORE_MIN,
  VISIT_MESSAGES,
  VISITOR_MAX,
  VOLUNTEER_KINDS,
  type HelpAction,
} from '@/domain/help'
import { hasOwn } from '@/domain/own'
import { isDateString } from '@/domain/dates'
import { methods } from './method'
import { dateString, nothing, oneOf, text, timeString, yesNo } from './schema-kit'

/**
 * An object whose missing fields are named in the words of the form (请选择1–5分, 请填写退回原因)
 * rather than a generic 格式不正确.
 */
function fields<const E extends ObjectEntries>(entries: E, missing: Partial<Record<keyof E & string, string>>, whole: string) {
  return object(entries, (issue: BaseIssue<unknown>) => {
    const key = issue.path?.[0]?.key
    return typeof key === 'string' && hasOwn(missing, key) ? (missing[key as keyof E & string] ?? whole) : whole
  })
}

/**
 * Requests are numbered help-1, help-2…: nothing else (not 'constructor') names one. A narrower
 * form of the kit's id(), written as one pattern so the OpenAPI document states it exactly.
 */
const requestId = pipe(string('求助编号不正确'), regex(/^help-\d{1,9}$/, '求助编号不正确'))

const helpType = oneOf(HELP_TYPE_IDS, '求助类型')
const volunteerKind = oneOf(VOLUNTEER_KINDS, '需要哪种志愿服务')
const halfDay = oneOf(HALF_DAYS, '上午或下午')
const status = oneOf(HELP_STATUSES, '状态')
const when = string()

// ---- What the backend answers ----

export const ContactDto = object({
  id: string(),
  name: string(),
  title: string(),
  /** Whole: the family calls their contacts in one tap. */
  phone: string(),
})

export const HelpOverview = object({
  contacts: array(ContactDto),
  hotline: object({ name: string(), phone: string() }),
  /** When the family agreed to share requests with their two contacts; null if not yet. */
  consentedAt: nullable(when),
  /** The address on file, to prefill the form. */
  address: string(),
  /** The signed-in family member's own number (unmasked: it is theirs), to prefill the form. */
  phone: string(),
})

export const TimelineEntry = object({ at: when, actorName: string(), action: string(), note: string() })

export const HelpSummary = object({
  id: string(),
  type: helpType,
  volunteerKind: nullable(volunteerKind),
  status,
  urgent: boolean(),
  callOnly: boolean(),
  preferredDate: string(),
  halfDay,
  createdAt: when,
  /** 已超时: not accepted within the response time. */
  overdue: boolean(),
  familyName: string(),
  /** Masked in every list: the street, never the door. */
  addressMasked: string(),
  phoneMasked: string(),
  /** The need's start, with phone and ID numbers typed into it masked. */
  needPreview: string(),
  contacts: array(ContactDto),
  /** 电话代录: the contact who filed it for the family after a phone call; null when the family did. */
  phoneInBy: nullable(string()),
})

const VisitDto = object({ date: string(), time: string(), visitor: string() })

export const HelpDetail = object({
  ...HelpSummary.entries,
  need: string(),
  /** Whole, on the detail page only, to the family and its contacts. */
  address: string(),
  phone: string(),
  visit: nullable(VisitDto),
  rating: nullable(object({ stars: number(), comment: string() })),
  timeline: array(TimelineEntry),
  /** What the caller may do now. */
  actions: array(oneOf(HELP_ACTIONS, '操作')),
})

// ---- What the client sends ----

/**
 * The request form. Types, dates and lengths are checked here; the form's own rules (what is
 * required, the date range, the phone) stay in helpFormErrors so page and backend say the same.
 */
export const HelpInput = fields(
  {
    type: helpType,
    /** Only for 志愿服务; null otherwise. */
    volunteerKind: nullish(volunteerKind),
    need: text('求助内容', { max: NEED_MAX }),
    preferredDate: dateString('希望的日期'),
    halfDay,
    /** May be empty when only a call is wanted. */
    address: text('上门地址', { max: ADDRESS_MAX }),
    phone: text('联系电话', { max: PHONE_INPUT_MAX }),
    urgent: yesNo('是否紧急'),
    callOnly: yesNo('是否只需电话联系'),
  },
  {
    type: '请选择求助类型',
    need: `请说说需要什么帮助（至少${NEED_MIN}个字）`,
    preferredDate: '请选择希望的日期',
    halfDay: '请选择上午或下午',
    address: '请填写上门地址',
    phone: '请输入联系电话',
    urgent: '请选择紧急程度',
    callOnly: '请选择是否需要上门',
  },
  '求助信息格式不正确',
)

/** 1–5 points; anything else (missing, 0, 4.5, '5') gets the field's one message. */
const score = pipe(number(SCORE_MESSAGE), integer(SCORE_MESSAGE), minValue(SCORE_MIN, SCORE_MESSAGE), maxValue(SCORE_MAX, SCORE_MESSAGE))

/** An action's note, checked by the same rule the page uses (helpNoteError): required or not, at most 200. */
function noteFor(action: HelpAction) {
  return pipe(
    string('说明请填写文字'),
    trim(),
    check(
      (note: string) => helpNoteError(action, note) === null,
      (issue) => helpNoteError(action, String(issue.input)) ?? '说明不正确',
    ),
  )
}

const optionalNote = (action: HelpAction) => optional(noteFor(action), '')

/** The kit's time of day, said here in the form's words. */
const HH_MM = timeString('上门时间')

const Visit = fields(
  {
    // The 30-day range is the domain's (visitDateError), said with the same words.
    date: pipe(string(VISIT_MESSAGES.date), check((value: string) => isDateString(value), VISIT_MESSAGES.date)),
    time: pipe(string(VISIT_MESSAGES.time), check((value: string) => is(HH_MM, value), VISIT_MESSAGES.time)),
    visitor: text('上门人员', { min: 1, max: VISITOR_MAX }),
  },
  VISIT_MESSAGES,
  '请填写上门日期、时间和人员',
)

const act = <const A extends HelpAction, const E extends ObjectEntries>(action: A, entries: E, missing: Partial<Record<keyof E & string, string>> = {}) =>
  fields({ id: requestId, action: literal(action), ...entries }, { id: '求助编号不正确', ...missing }, '请求内容格式不正确')

const required = (action: 'complete' | 'return' | 'cancel') => NOTE_REQUIRED[action] ?? '请填写说明'

/** One action on a request, each with exactly the fields it needs. */
export const HelpActPayload = variant(
  'action',
  [
    act('accept', { note: optionalNote('accept') }),
    act('schedule', { visit: Visit }, { visit: '请填写上门日期、时间和人员' }),
    act('complete', { note: noteFor('complete') }, { note: required('complete') }),
    act('follow-up', { satisfaction: score, note: optionalNote('follow-up') }, { satisfaction: SCORE_MESSAGE }),
    act('return', { note: noteFor('return') }, { note: required('return') }),
    act('cancel', { note: noteFor('cancel') }, { note: required('cancel') }),
    act('rate', { stars: score, note: optionalNote('rate') }, { stars: SCORE_MESSAGE }),
  ],
  '请选择要做的操作',
)

export const QueueQuery = nullish(object({ status: optional(status), urgentOnly: optional(yesNo('只看紧急')) }))

export const helpMethods = methods({
  'help.overview': { summary: '特殊家庭：我的两位联系人、暖心热线、是否已同意分享', payload: nothing, result: HelpOverview },
  'help.consent': { summary: '特殊家庭：同意把求助内容告知两位联系人', payload: nothing, result: object({ consentedAt: when }) },
  'help.submit': { summary: '特殊家庭：提交一条求助', form: 'request', payload: object({ request: HelpInput }), result: HelpDetail },
  'help.mine': { summary: '特殊家庭：我的求助（列表中地址、电话和号码均已遮挡）', payload: nothing, result: array(HelpSummary) },
  'help.queue': { summary: '双岗联系人：所联系家庭的求助待办，超时和紧急的在前', payload: QueueQuery, result: array(HelpSummary) },
  'help.detail': { summary: '一条求助的全部内容与处理进度（仅求助家庭和其联系人）', payload: object({ id: requestId }), result: HelpDetail },
  'help.act': {
    summary: '处理一条求助：受理、安排上门、标记完成、回访、退回、取消、评价',
    form: 'visit',
    payload: HelpActPayload,
    result: HelpDetail,
  },
})

export type ContactDto = InferOutput<typeof ContactDto>
export type HelpOverview = InferOutput<typeof HelpOverview>
export type TimelineEntry = InferOutput<typeof TimelineEntry>
export type HelpSummary = InferOutput<typeof HelpSummary>
export type HelpDetail = InferOutput<typeof HelpDetail>
export type HelpInput = InferInput<typeof HelpInput>
export type QueueQuery = NonNullable<InferInput<typeof QueueQuery>>
/** What the client sends to act on a request. */
export type HelpActInput = InferInput<typeof HelpActPayload>
