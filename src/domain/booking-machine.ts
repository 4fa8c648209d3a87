import {
  bookingOpen,
  BOOKING_CLOSES_BEFORE_HOURS,
  cancelReason,
  carersError,
  childAgeReason,
  familyLimitReason,
  isActive,
  isConfirmed,
  sessionEndMs,
  sessionStartMs,
  type BookingStatus,
  type SessionTimes,
} from './booking'
import { changeAnswerError, cancelSessionError, type ChangeAnswer } from './session-changes'

/**
 * The 向日葵亲子小屋 booking state machine: given a session (its times, capacity, whether the room
 * called it off), the bookings it has and an action, whether the action is allowed and what
 * becomes of each booking. Pure: the backend looks the records up, asks here, and writes what
 * it is told (mock/areas/rooms/ops.ts); "now" is always passed in.
 *
 * The rules, as the service promises them (src/contract/rooms.ts):
 * - one active booking per family and session; at most MAX_UPCOMING_PER_FAMILY upcoming ones,
 *   waitlist spots included (./booking.ts);
 * - a place while there is one, else the waitlist (only when asked for); nobody waits for a place
 *   that is free;
 * - booking and cancelling close BOOKING_CLOSES_BEFORE_HOURS before the start;
 * - a freed or added place goes at once to the family that has waited longest, while booking is
 *   open;
 * - a time change lets the family give up its place until the start, whatever the deadline.
 */

/** What the rules read of a booking. */
export interface BookingFacts {
  id: string
  userId: string
  status: BookingStatus
  /** Order of arrival: the waitlist is first come, first served by it. */
  seq: number
}

/** What the rules read of a session. */
export interface SessionFacts extends SessionTimes {
  capacity: number
  /** Set once the room has called the session off; it then takes no bookings. */
  cancelled?: { reason: string }
}

/**
 * Why an action is refused, and of what kind: a conflict with the state of things (the backend
 * answers CONFLICT), a field the caller got wrong (VALIDATION, shown at that field), or something
 * the caller named that is not there (NOT_FOUND, shown at that field).
 */
export type Refusal =
  | { kind: 'conflict'; reason: string }
  | { kind: 'invalid'; field: 'carers' | 'childId'; reason: string }
  | { kind: 'not-found'; field: 'code'; reason: string }

export type Decision<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal }

const conflict = (reason: string): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { kind: 'conflict', reason } })

/**
 * A place or waitlist spot the family can still give up (or be asked about): a checked-in family
 * is already in the room, a no-show's session is over.
 */
export const holdsOrWaits = (status: BookingStatus) => status === 'booked' || status === 'waitlisted'

/** Places taken: booked and checked-in families both have one. */
export function placesTaken(bookings: readonly { status: BookingStatus }[]): number {
  let taken = 0
  for (const booking of bookings) if (isConfirmed(booking.status)) taken += 1
  return taken
}

/** Never below zero: a session whose capacity was lowered to its bookings is simply full. */
export const placesLeft = (capacity: number, taken: number) => Math.max(0, capacity - taken)

/** The waiting families in the order they joined (first come, first served). */
export function waitlistOf<B extends BookingFacts>(bookings: readonly B[]): B[] {
  return bookings.filter((booking) => booking.status === 'waitlisted').sort((a, b) => a.seq - b.seq)
}

/** 1 for the next family to get a place; null for a booking that is not waiting. */
export function waitlistPosition<B extends BookingFacts>(bookings: readonly B[], booking: B): number | null {
  if (booking.status !== 'waitlisted') return null
  return waitlistOf(bookings).findIndex((entry) => entry.id === booking.id) + 1
}

/** The family's booking that holds or waits for a place in this session (there is at most one). */
export function activeBookingOf<B extends BookingFacts>(bookings: readonly B[], userId: string): B | null {
  return bookings.find((booking) => booking.userId === userId && isActive(booking.status)) ?? null
}

/**
 * How many of a family's bookings count toward MAX_UPCOMING_PER_FAMILY: holding or waiting for a
 * place in a session that has not started. A session under way no longer counts, so a family can
 * book the next one while at this one.
 */
export function upcomingActiveCount(bookings: readonly { status: BookingStatus; session: SessionTimes }[], now: number): number {
  return bookings.filter((booking) => isActive(booking.status) && sessionStartMs(booking.session) > now).length
}

export interface BookRequest<B extends BookingFacts> {
  session: SessionFacts & { ageMin: number; ageMax: number }
  /** The session's bookings, every status. */
  bookings: readonly B[]
  userId: string
  childBirthDate: string
  carers: number
  /** The family's upcomingActiveCount before this booking. */
  upcomingActive: number
  /** The family asked to join the waitlist (rooms.joinWaitlist) rather than for a place. */
  waitlist: boolean
  now: number
}

/**
 * Whether the family may book (or wait for) a place, and which they get. The checks run in the
 * order a family can act on them: the session itself, their own booking, their form, their limit,
 * then places.
 */
export function decideBook<B extends BookingFacts>(request: BookRequest<B>): Decision<{ status: 'booked' | 'waitlisted' }> {
  const { session, now } = request
  if (session.cancelled) return conflict(`这场活动已取消：${session.cancelled.reason}`)
  if (!bookingOpen(session, now)) return conflict(`预约已截止：活动开始前${BOOKING_CLOSES_BEFORE_HOURS}小时停止预约`)
  const mine = activeBookingOf(request.bookings, request.userId)
  if (mine) return conflict(mine.status === 'waitlisted' ? '您已在这场活动的候补名单中' : '您已预约这场活动，每个家庭每场限约一次')
  const carers = carersError(request.carers)
  if (carers) return { ok: false, refusal: { kind: 'invalid', field: 'carers', reason: carers } }
  const age = childAgeReason(request.childBirthDate, session.date, session.ageMin, session.ageMax)
  if (age) return { ok: false, refusal: { kind: 'invalid', field: 'childId', reason: age } }
  const limit = familyLimitReason(request.upcomingActive)
  if (limit) return conflict(limit)
  const full = placesLeft(session.capacity, placesTaken(request.bookings)) === 0
  if (full && !request.waitlist) return conflict('名额刚刚约满了，可以加入候补')
  // Nobody waits for a place that is free: a waitlist request for an open session books it.
  return { ok: true, status: full ? 'waitlisted' : 'booked' }
}

/**
 * Who gets a free place now, in order (each becomes booked). Only while booking is open and the
 * session is not called off: once booking has closed a freed place stays free, as for a family
 * booking it.
 */
export function promotions<B extends BookingFacts>(session: SessionFacts, bookings: readonly B[], now: number): B[] {
  if (session.cancelled || !bookingOpen(session, now)) return []
  return waitlistOf(bookings).slice(0, placesLeft(session.capacity, placesTaken(bookings)))
}

/** The family gives its booking up: it becomes cancelled, and a place it held goes to the waitlist. */
function release<B extends BookingFacts>(session: SessionFacts, bookings: readonly B[], booking: B, now: number): B[] {
  if (booking.status !== 'booked') return []
  return promotions(
    session,
    bookings.filter((other) => other.id !== booking.id),
    now,
  )
}

/** Why the family may not cancel this booking (now), or null. */
function cancelRefusal(status: BookingStatus, session: SessionTimes, now: number): string | null {
  if (!holdsOrWaits(status)) return '这条预约已签到、已取消或已结束，不能再取消'
  return cancelReason(session, now)
}

/** Whether 我的预约 offers 取消预约 / 退出候补 for this booking now. */
export const mayCancel = (status: BookingStatus, session: SessionTimes, now: number) => cancelRefusal(status, session, now) === null

/**
 * The family cancels a booking (rooms.cancel), up to the deadline. It becomes cancelled (by the
 * family); `promoted` are the waiting families who get the place it frees, in order.
 */
export function decideCancel<B extends BookingFacts>(args: { session: SessionFacts; bookings: readonly B[]; booking: B; now: number }): Decision<{ promoted: B[] }> {
  const refused = cancelRefusal(args.booking.status, args.session, args.now)
  if (refused) return conflict(refused)
  return { ok: true, promoted: release(args.session, args.bookings, args.booking, args.now) }
}

/** The state of a family's answer to a time change, as the backend keeps it. */
export interface TimeChangeFacts {
  answer: 'pending' | 'kept' | 'released'
}

/** Whether the family still has a time change to answer: it holds or waits for a place, and the session has not started. */
export function timeChangePending(status: BookingStatus, change: TimeChangeFacts | undefined, session: SessionTimes, now: number): boolean {
  return holdsOrWaits(status) && change?.answer === 'pending' && changeAnswerError({ session, pending: true, now }) === null
}

/**
 * The family's answer to a time change (rooms.answerChange). Keeping changes nothing but the
 * answer; releasing cancels the booking (by the family) as decideCancel does, but until the
 * start, not the usual deadline: the time changed on them. `change` is the booking's change to
 * record `answer` on.
 */
export function decideTimeChangeAnswer<B extends BookingFacts & { change?: TimeChangeFacts }>(args: {
  session: SessionFacts
  bookings: readonly B[]
  booking: B
  answer: ChangeAnswer
  now: number
}): Decision<{ change: TimeChangeFacts; answer: 'kept' | 'released'; promoted: B[] }> {
  const { booking, session, now } = args
  const change = holdsOrWaits(booking.status) ? booking.change : undefined
  const refused = changeAnswerError({ session, pending: change?.answer === 'pending', now })
  if (refused || !change) return conflict(refused ?? '这条预约没有待确认的时间变更')
  if (args.answer === 'keep') return { ok: true, change, answer: 'kept', promoted: [] }
  return { ok: true, change, answer: 'released', promoted: release(session, args.bookings, booking, now) }
}

/**
 * The instructor calls the session off (rooms.cancelSession) before it starts: every family
 * holding or waiting for a place, checked in or not, loses it (cancelled by the room), in order
 * of booking; `waiting` says which only had a waitlist spot.
 */
export function decideSessionCancel<B extends BookingFacts>(
  session: SessionFacts,
  bookings: readonly B[],
  now: number,
): Decision<{ affected: { booking: B; waiting: boolean }[] }> {
  const refused = cancelSessionError(session, now)
  if (refused) return conflict(refused)
  const affected = bookings
    .filter((booking) => isActive(booking.status))
    .sort((a, b) => a.seq - b.seq)
    .map((booking) => ({ booking, waiting: booking.status === 'waitlisted' }))
  return { ok: true, affected }
}

/**
 * The families asked about a time change, in order of booking: those who hold or wait for a
 * place keep it for now and choose. Statuses do not change.
 */
export function askedAboutTimeChange<B extends BookingFacts>(bookings: readonly B[]): B[] {
  return bookings.filter((booking) => holdsOrWaits(booking.status)).sort((a, b) => a.seq - b.seq)
}

/**
 * Checking a family in by the code they show (rooms.checkIn): `booking` is the session's booking
 * with that code, if any. Allowed until the session ends; that booking becomes checked-in.
 */
export function decideCheckIn<B extends { status: BookingStatus; childName: string }>(args: {
  session: SessionFacts
  booking: B | undefined
  now: number
}): Decision<{ booking: B; status: 'checked-in' }> {
  const { session, booking, now } = args
  if (session.cancelled) return conflict('这场活动已取消，不能签到')
  if (now > sessionEndMs(session)) return conflict('活动已结束，不能再签到')
  if (!booking) return { ok: false, refusal: { kind: 'not-found', field: 'code', reason: '这场活动没有这个签到码，请核对' } }
  if (booking.status === 'checked-in') return conflict(`${booking.childName}已经签到过了`)
  if (booking.status !== 'booked') return conflict('这条预约已取消或已标记未到场')
  return { ok: true, booking, status: 'checked-in' }
}

/**
 * Marking no-shows (rooms.markNoShows) once the session has started: every family still booked
 * and not checked in becomes a no-show. Waiting families were never promised a place.
 */
export function decideNoShows<B extends BookingFacts>(session: SessionTimes, bookings: readonly B[], now: number): Decision<{ marked: B[] }> {
  if (now < sessionStartMs(session)) return conflict('活动开始后才能标记未到场')
  return { ok: true, marked: bookings.filter((booking) => booking.status === 'booked') }
}
