import { weekdayOf } from './booking'
import { addDays, chinaDate, chinaMidnight, type DateString } from './dates'
import { ownValue } from './own'

/**
 * What happens to a request to visit a childcare centre after it is sent. The demo centres answer
 * like a front desk would, and the answer is worked out whenever it is read (no timers): it is the
 * same whoever asks and whenever, so the parent's list, the message and the backend always agree.
 */
export const VISIT_SLOTS = ['morning', 'afternoon'] as const
export type VisitSlot = (typeof VISIT_SLOTS)[number]
export const VISIT_STATUSES = ['pending', 'confirmed', 'declined', 'cancelled'] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]

export const VISIT_SLOT_LABELS: Record<VisitSlot, string> = { morning: '上午', afternoon: '下午' }

/** A centre shows one family round at each of these times: two families per half-day. */
export const VISIT_TIMES: Record<VisitSlot, readonly string[]> = { morning: ['09:00', '10:00'], afternoon: ['14:00', '15:00'] }

/** A slot's visiting times; none for a slot that is not one (a record from before the checks). */
const timesOf = (slot: VisitSlot): readonly string[] => ownValue(VISIT_TIMES, slot) ?? []

const HOUR_MS = 3_600_000
/** The front desk answers the day's requests by 10:00 of the next working day… */
const ANSWER_HOUR = 10
/** …or, for a visit on that very day, by 08:30, before the first families arrive. */
const SAME_DAY_ANSWER_HOUR = 8.5

export interface VisitRequestFacts {
  id: string
  centreId: string
  date: DateString
  slot: VisitSlot
  createdAt: number
  /** When the parent cancelled it; null while it stands. */
  cancelledAt: number | null
}

export type VisitOutcome =
  | { status: 'pending'; answerBy: number }
  | { status: 'confirmed'; answeredAt: number; time: string }
  | { status: 'declined'; answeredAt: number; reason: string }
  | { status: 'cancelled'; cancelledAt: number; answeredBefore: boolean }

/** Monday to Friday. Public holidays are not modelled in the demo. */
export function isWorkingDay(date: DateString): boolean {
  const weekday = weekdayOf(date)
  return weekday >= 1 && weekday <= 5
}

/** The first working day after `date`. */
export function nextWorkingDay(date: DateString): DateString {
  let next = addDays(date, 1)
  while (!isWorkingDay(next)) next = addDays(next, 1)
  return next
}

/** When the centre will have answered a request sent at `createdAt` for a visit on `visitDate`. */
export function answerDueAt(createdAt: number, visitDate: DateString): number {
  const nextDay = chinaMidnight(nextWorkingDay(chinaDate(createdAt))) + ANSWER_HOUR * HOUR_MS
  const visitMorning = chinaMidnight(visitDate) + SAME_DAY_ANSWER_HOUR * HOUR_MS
  return Math.min(nextDay, visitMorning)
}

export function slotFullReason(date: DateString, slot: VisitSlot): string {
  return `${date} ${ownValue(VISIT_SLOT_LABELS, slot) ?? ''}的参观已约满（每个时段接待${timesOf(slot).length}组家庭），请改约其他日期`
}

const groupOf = (request: VisitRequestFacts) => `${request.centreId}|${request.date}|${request.slot}`

/**
 * How many of a slot's visiting times families from outside the app (who phoned the centre) hold
 * already: none, one, or both (the slot is full). Fixed for each centre, day and slot, so the demo
 * sees some busy and some full days, the same on every run.
 */
export function heldElsewhere(centreId: string, date: DateString, slot: VisitSlot): number {
  let hash = 0
  for (const char of `${centreId}|${date}|${slot}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  const bucket = hash % 10
  if (bucket === 9) return timesOf(slot).length
  return bucket >= 6 ? 1 : 0
}

/**
 * Every request's outcome at `now`. The centre answers each request when it is due: it confirms
 * the first visiting time of the slot not held by a family from outside the app or one it
 * confirmed earlier (and who has not cancelled by then), or declines when the slot is full. A request cancelled before its answer is
 * never answered. Requests are answered in the order they were sent, so a decision, once made,
 * never changes: later cancellations free a time only for requests answered after them.
 */
export function visitOutcomes(requests: VisitRequestFacts[], now: number): Map<string, VisitOutcome> {
  const outcomes = new Map<string, VisitOutcome>()
  const held = new Map<string, Array<{ time: string; until: number }>>()
  const ordered = [...requests].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const request of ordered) {
    const due = answerDueAt(request.createdAt, request.date)
    const cancelled = request.cancelledAt
    if (cancelled !== null && cancelled < due) {
      outcomes.set(request.id, { status: 'cancelled', cancelledAt: cancelled, answeredBefore: false })
      continue
    }
    const times = held.get(groupOf(request)) ?? timesOf(request.slot).slice(0, heldElsewhere(request.centreId, request.date, request.slot)).map((time) => ({ time, until: Number.POSITIVE_INFINITY }))
    const taken = new Set(times.filter((hold) => hold.until > due).map((hold) => hold.time))
    const time = timesOf(request.slot).find((candidate) => !taken.has(candidate))
    if (time) held.set(groupOf(request), [...times, { time, until: cancelled ?? Number.POSITIVE_INFINITY }])

    if (now < due) outcomes.set(request.id, { status: 'pending', answerBy: due })
    else if (cancelled !== null && cancelled <= now) outcomes.set(request.id, { status: 'cancelled', cancelledAt: cancelled, answeredBefore: true })
    else if (time) outcomes.set(request.id, { status: 'confirmed', answeredAt: due, time })
    else outcomes.set(request.id, { status: 'declined', answeredAt: due, reason: slotFullReason(request.date, request.slot) })
  }
  return outcomes
}

/** Whether the parent can still cancel: before the answer, or a confirmed visit not yet past. */
export function canCancelVisit(outcome: VisitOutcome, visitDate: DateString, today: DateString): boolean {
  if (outcome.status === 'pending') return true
  return outcome.status === 'confirmed' && visitDate >= today
}
