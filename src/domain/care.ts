import { addDays, compareIso, daysBetween, isDateString, type DateString } from './dates'
import { tooLongMessage, type FieldErrors } from './validation'

/**
 * 暖心服务 that reaches out: each 计生特殊家庭 has two 双岗联系人 who phone at least monthly and
 * visit at least every quarter, and log every contact. These rules say when each family is next
 * due, which families are overdue, and whether a contact log can be saved.
 */
export const CONTACT_KINDS = ['call', 'visit', 'video'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = { call: '电话', visit: '上门', video: '视频' }

export const FAMILY_STATES = ['stable', 'attention', 'urgent'] as const
export type FamilyState = (typeof FAMILY_STATES)[number]
export const FAMILY_STATE_LABELS: Record<FamilyState, string> = { stable: '平稳', attention: '需关注', urgent: '需紧急帮助' }

/** 失独: lost their only child; 伤残: their only child is disabled (SpecialFamilyRecord.kind). */
export const SPECIAL_FAMILY_KINDS = ['bereaved', 'disabled'] as const
export type SpecialFamilyKind = (typeof SPECIAL_FAMILY_KINDS)[number]
export const SPECIAL_FAMILY_KIND_LABELS: Record<SpecialFamilyKind, string> = { bereaved: '失独家庭', disabled: '伤残家庭' }

export interface Cadence {
  /** Days a contact (电话, 视频 or 上门) still counts for: the due date is this many days after it. */
  callEveryDays: number
  /** Days a home visit (上门) still counts for. */
  visitEveryDays: number
  /** Where the figures come from, shown to contacts with the schedule. */
  basis: string
  /** When the basis was last checked against the rule it cites. */
  checkedOn: DateString
}

const HANGZHOU_BASIS = '杭州市计生特殊家庭“双岗”联系人制度（示例：每月至少电话联系一次、每季度至少上门走访一次），以当地规定为准'

/** Per kind of family, so a region or a kind of family can differ later; today both are the same. */
export const CADENCE: Record<SpecialFamilyKind, Cadence> = {
  bereaved: { callEveryDays: 30, visitEveryDays: 90, basis: HANGZHOU_BASIS, checkedOn: '2026-11-24' },
  disabled: { callEveryDays: 30, visitEveryDays: 90, basis: HANGZHOU_BASIS, checkedOn: '2026-11-24' },
}

export interface ContactLogDate {
  date: DateString
  kind: ContactKind
}

export type DueKind = 'call' | 'visit'

export interface CareStatus {
  /** The latest contact of any kind on or before today; null when there has been none. */
  lastContact: DateString | null
  /** The latest 上门 on or before today; null when there has been none. */
  lastVisit: DateString | null
  /** The last day the latest contact (or the assignment) still counts for by the cadence. */
  callDue: DateString
  /** The last day the latest visit (or the assignment) still counts for. */
  visitDue: DateString
  /** The earliest of callDue, visitDue and an earlier agreed next contact. */
  nextDue: DateString
  /** Which clocks have run out: a call when callDue or the agreed date has passed. */
  overdue: DueKind[]
  /** Days since the earliest missed due date (1 on the day after it); 0 when nothing is overdue. */
  daysOverdue: number
}

export interface CareFacts {
  kind: SpecialFamilyKind
  /** Every contact logged for the family, in any order. */
  logs: readonly ContactLogDate[]
  /** When the family was assigned to its contacts: the clocks start here until a first contact. */
  assignedOn: DateString
  today: DateString
  /** The next-contact date agreed with the family at the latest contact, if one was. */
  agreedNext?: DateString | null
  /** Defaults to CADENCE[kind]. */
  cadence?: Pick<Cadence, 'callEveryDays' | 'visitEveryDays'>
}

const latest = (dates: DateString[]): DateString | null => dates.reduce<DateString | null>((max, date) => (max === null || date > max ? date : max), null)
const earliest = (dates: DateString[]): DateString => dates.reduce((min, date) => (date < min ? date : min))

/**
 * When the family is next due a contact and whether it is overdue. A due date is the last day
 * that still counts: overdue from the day after. A 上门 counts as a visit and a contact, 电话 and
 * 视频 as a contact only. Logs dated after today (a typo) are ignored, so they never hide an
 * overdue family.
 */
export function careStatus(facts: CareFacts): CareStatus {
  const { today, assignedOn } = facts
  const cadence = facts.cadence ?? CADENCE[facts.kind]
  const counted = facts.logs.filter((log) => isDateString(log.date) && log.date <= today)
  const lastContact = latest(counted.map((log) => log.date))
  const lastVisit = latest(counted.filter((log) => log.kind === 'visit').map((log) => log.date))
  const callDue = addDays(lastContact ?? assignedOn, cadence.callEveryDays)
  const visitDue = addDays(lastVisit ?? assignedOn, cadence.visitEveryDays)
  // An agreed date only brings the call forward; one on or before the last contact has been kept.
  const agreed = facts.agreedNext
  const agreedCounts = !!agreed && isDateString(agreed) && agreed < callDue && (lastContact === null || agreed > lastContact)
  const contactDue = agreedCounts ? agreed : callDue
  const overdue: DueKind[] = []
  if (today > contactDue) overdue.push('call')
  if (today > visitDue) overdue.push('visit')
  const missed = [...(today > contactDue ? [contactDue] : []), ...(today > visitDue ? [visitDue] : [])]
  return {
    lastContact,
    lastVisit,
    callDue,
    visitDue,
    nextDue: earliest([contactDue, visitDue]),
    overdue,
    daysOverdue: missed.length ? daysBetween(earliest(missed), today) : 0,
  }
}

export interface CaseloadItem {
  /** What ties are broken by (the family's name as shown, or its id), compared by code point. */
  sortKey: string
  status: Pick<CareStatus, 'nextDue' | 'daysOverdue'>
}

/**
 * A contact's families in the order to work through them: overdue first, longest overdue first;
 * then the soonest due; then by sortKey. A new array; the input is not changed.
 */
export function sortCaseload<T extends CaseloadItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.status.daysOverdue - a.status.daysOverdue || compareIso(a.status.nextDue, b.status.nextDue) || compareIso(a.sortKey, b.sortKey),
  )
}

export const DURATION_MIN = 1
export const DURATION_MAX = 600
export const CONTACT_NOTE_MAX = 500
/** How far back a contact can still be logged (补记). */
export const BACKDATE_DAYS = 90
/** How far ahead a next contact can be agreed. */
export const NEXT_CONTACT_DAYS_AHEAD = 180

export interface ContactLogInput {
  kind: ContactKind | ''
  date: string
  /** null while the field is empty. */
  durationMinutes: number | null
  state: FamilyState | ''
  /** Private to the contacts; never shown to the family. */
  note: string
  /** '' when none was agreed. */
  nextContactDate: string
}

export type ContactLogField = keyof ContactLogInput

export const CONTACT_LOG_MESSAGES = {
  kind: '请选择联系方式',
  state: '请选择家庭状况',
  dateRequired: '请选择联系日期',
  dateFormat: '日期格式不正确，应为年-月-日',
  dateFuture: '联系日期不能晚于今天',
  dateTooOld: `只能补记${BACKDATE_DAYS}天内的联系`,
  duration: `通话或走访时长请填写${DURATION_MIN}到${DURATION_MAX}分钟`,
  nextContactDate: `下次联系日期应在今天之后、${NEXT_CONTACT_DAYS_AHEAD}天以内`,
} as const

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.some((known) => known === value)

/** What each field of the contact log form says, checked the same on the page and by the backend. */
export function contactLogErrors(input: ContactLogInput, today: DateString): FieldErrors<ContactLogField> {
  const errors: FieldErrors<ContactLogField> = {}
  const m = CONTACT_LOG_MESSAGES
  if (!oneOf(CONTACT_KINDS, input.kind)) errors.kind = m.kind
  if (!input.date) errors.date = m.dateRequired
  else if (!isDateString(input.date)) errors.date = m.dateFormat
  else if (daysBetween(today, input.date) > 0) errors.date = m.dateFuture
  else if (daysBetween(input.date, today) > BACKDATE_DAYS) errors.date = m.dateTooOld
  const minutes = input.durationMinutes
  if (minutes === null || !Number.isInteger(minutes) || minutes < DURATION_MIN || minutes > DURATION_MAX) errors.durationMinutes = m.duration
  if (!oneOf(FAMILY_STATES, input.state)) errors.state = m.state
  const note = input.note.trim().length
  if (note > CONTACT_NOTE_MAX) errors.note = tooLongMessage(note, CONTACT_NOTE_MAX)
  const next = input.nextContactDate
  if (next) {
    if (!isDateString(next)) errors.nextContactDate = m.dateFormat
    else if (daysBetween(today, next) > NEXT_CONTACT_DAYS_AHEAD) errors.nextContactDate = m.nextContactDate
    // A next contact agreed is still to come (and so after the contact, which is today or earlier).
    else if (next <= today) errors.nextContactDate = m.nextContactDate
  }
  return errors
}

/** A 需紧急帮助 contact opens a help request straight away; the others do not. */
export function opensRequest(state: FamilyState): boolean {
  return state === 'urgent'
}
