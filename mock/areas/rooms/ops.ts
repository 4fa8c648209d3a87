import type { SessionTimes } from '@/domain/booking'
import {
  askedAboutTimeChange,
  decideBook,
  decideCancel,
  decideSessionCancel,
  decideTimeChangeAnswer,
  placesTaken,
  promotions,
  upcomingActiveCount,
  waitlistPosition as positionAmong,
  type Refusal,
} from '@/domain/booking-machine'
import { ownValue } from '@/domain/own'
import type { ChangeAnswer } from '@/domain/session-changes'
import { ServiceError } from '@/contract/errors'
import { codeForSession } from './check-in-codes'
import { addBooking, bookingsOf, bookingsOfUser } from './indexes'
import type { BookingRecord, RoomsState, SessionRecord, TimeChange } from './state'

/**
 * The booking rules (src/domain/booking-machine.ts) applied to the rooms state: each operation
 * looks the records up, asks the rules, and writes what they decided, in one synchronous step,
 * so no two requests can interleave between a check and its write.
 */

/** The error a refusal is answered with; a field's refusal is shown at that field. */
export function refuse(refusal: Refusal): never {
  if (refusal.kind === 'conflict') throw new ServiceError('CONFLICT', refusal.reason)
  throw new ServiceError(refusal.kind === 'invalid' ? 'VALIDATION' : 'NOT_FOUND', refusal.reason, { [refusal.field]: refusal.reason })
}

/** The session a booking is for (every booking's session is kept, cancelled or not). */
export function sessionOfBooking(state: RoomsState, booking: BookingRecord): SessionRecord {
  const session = ownValue(state.sessions, booking.sessionId)
  if (!session) throw new ServiceError('NOT_FOUND', '没有找到这场活动')
  return session
}

export const confirmedCount = (state: RoomsState, sessionId: string) => placesTaken(bookingsOf(state, sessionId))

/** Only a waiting booking reads its session's bookings: most bookings shown are not waiting. */
export const waitlistPosition = (state: RoomsState, booking: BookingRecord): number | null =>
  booking.status === 'waitlisted' ? positionAmong(bookingsOf(state, booking.sessionId), booking) : null

/** The family's bookings with their sessions, for the per-family limit. */
function familyBookings(state: RoomsState, userId: string) {
  return bookingsOfUser(state, userId).flatMap((booking) => {
    const session = ownValue(state.sessions, booking.sessionId)
    return session ? [{ status: booking.status, session }] : []
  })
}

export interface BookRequest {
  session: SessionRecord
  userId: string
  child: { id: string; name: string; birthDate: string }
  carers: number
  phone: string
  now: number
  /** Join the waitlist instead of taking a place. */
  waitlist: boolean
  /** The family granted WeChat's 订阅消息 for news about this session. */
  subscribed?: boolean
}

export function bookOrWait(state: RoomsState, request: BookRequest): BookingRecord {
  const { session, userId, now } = request
  const bookings = bookingsOf(state, session.id)
  const decision = decideBook({
    session,
    bookings,
    userId,
    childBirthDate: request.child.birthDate,
    carers: request.carers,
    upcomingActive: upcomingActiveCount(familyBookings(state, userId), now),
    waitlist: request.waitlist,
    now,
  })
  if (!decision.ok) refuse(decision.refusal)
  const { status } = decision
  const seq = ++state.seq
  const at = new Date(now).toISOString()
  const booking: BookingRecord = {
    id: `bk-${seq}`,
    sessionId: session.id,
    userId,
    childId: request.child.id,
    childName: request.child.name,
    childBirthDate: request.child.birthDate,
    carers: request.carers,
    phone: request.phone,
    status,
    code: status === 'booked' ? codeForSession(bookings) : null,
    seq,
    createdAt: at,
    updatedAt: at,
    ...(request.subscribed ? { subscribed: true } : {}),
  }
  addBooking(state, booking)
  return booking
}

/** Gives each promoted family its place and a code unique in the session; returns them. */
function givePlaces(state: RoomsState, promoted: BookingRecord[], now: number): BookingRecord[] {
  const at = new Date(now).toISOString()
  for (const waiting of promoted) {
    waiting.status = 'booked'
    // Read again for each: the code just given to the one before is taken.
    waiting.code = codeForSession(bookingsOf(state, waiting.sessionId))
    waiting.updatedAt = at
  }
  return promoted
}

/** Fills free places from the waitlist (after the instructor added places); returns who got one. */
export function promoteFromWaitlist(state: RoomsState, session: SessionRecord, now: number): BookingRecord[] {
  return givePlaces(state, promotions(session, bookingsOf(state, session.id), now), now)
}

export function cancelBooking(state: RoomsState, booking: BookingRecord, now: number): BookingRecord[] {
  const session = sessionOfBooking(state, booking)
  const decision = decideCancel({ session, bookings: bookingsOf(state, session.id), booking, now })
  if (!decision.ok) refuse(decision.refusal)
  return release(state, booking, decision.promoted, now)
}

/** The family has given up its place or its waitlist spot; `promoted` get the place it freed. */
function release(state: RoomsState, booking: BookingRecord, promoted: BookingRecord[], now: number): BookingRecord[] {
  booking.status = 'cancelled'
  booking.cancelledBy = 'family'
  booking.updatedAt = new Date(now).toISOString()
  return givePlaces(state, promoted, now)
}

/** The instructor calls the session off: every family holding or waiting for a place loses it. */
export function cancelSession(state: RoomsState, session: SessionRecord, reason: string, now: number): { booking: BookingRecord; waiting: boolean }[] {
  const decision = decideSessionCancel(session, bookingsOf(state, session.id), now)
  if (!decision.ok) refuse(decision.refusal)
  const at = new Date(now).toISOString()
  session.cancelled = { reason, at }
  for (const { booking } of decision.affected) {
    booking.status = 'cancelled'
    booking.cancelledBy = 'room'
    booking.updatedAt = at
  }
  return decision.affected
}

/**
 * The instructor has moved the session from `before`: every family holding or waiting for a place
 * keeps it for now and is asked whether to keep or release it.
 */
export function markTimeChange(state: RoomsState, session: SessionRecord, before: SessionTimes, now: number): { booking: BookingRecord; change: TimeChange }[] {
  const at = new Date(now).toISOString()
  return askedAboutTimeChange(bookingsOf(state, session.id)).map((booking) => {
    const change: TimeChange = { from: { date: before.date, start: before.start, end: before.end }, at, answer: 'pending' }
    booking.change = change
    booking.updatedAt = at
    return { booking, change }
  })
}

/**
 * The family's answer to a time change: keep the place, or release it (allowed until the start,
 * see decideTimeChangeAnswer). Returns who got a place from the waitlist.
 */
export function answerTimeChange(state: RoomsState, booking: BookingRecord, answer: ChangeAnswer, now: number): BookingRecord[] {
  const session = sessionOfBooking(state, booking)
  const decision = decideTimeChangeAnswer({ session, bookings: bookingsOf(state, session.id), booking, answer, now })
  if (!decision.ok) refuse(decision.refusal)
  decision.change.answer = decision.answer
  booking.updatedAt = new Date(now).toISOString()
  return decision.answer === 'kept' ? [] : release(state, booking, decision.promoted, now)
}
