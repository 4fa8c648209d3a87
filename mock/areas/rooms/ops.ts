import {
  bookingOpen,
  cancelReason,
  carersError,
  childAgeReason,
  familyLimitReason,
  isActive,
  isConfirmed,
  sessionStartMs,
  type SessionTimes,
} from '@/domain/booking'
import { ownValue } from '@/domain/own'
import { cancelSessionError, changeAnswerError, type ChangeAnswer } from '@/domain/session-changes'
import { ServiceError } from '@/contract/errors'
import { codeForSession } from './check-in-codes'
import { addBooking, bookingsOf, bookingsOfUser } from './indexes'
import type { BookingRecord, RoomsState, SessionRecord, TimeChange } from './state'

/**
 * The booking rules applied to the rooms state. Each operation checks and writes in one
 * synchronous step, so no two requests can interleave between a check and its write.
 */

/** The session a booking is for (every booking's session is kept, cancelled or not). */
export function sessionOfBooking(state: RoomsState, booking: BookingRecord): SessionRecord {
  const session = ownValue(state.sessions, booking.sessionId)
  if (!session) throw new ServiceError('NOT_FOUND', '没有找到这场活动')
  return session
}

export const confirmedCount = (state: RoomsState, sessionId: string) =>
  bookingsOf(state, sessionId).filter((booking) => isConfirmed(booking.status)).length

export const waitlistOf = (state: RoomsState, sessionId: string) =>
  bookingsOf(state, sessionId)
    .filter((booking) => booking.status === 'waitlisted')
    .sort((a, b) => a.seq - b.seq)

export function waitlistPosition(state: RoomsState, booking: BookingRecord): number | null {
  if (booking.status !== 'waitlisted') return null
  return waitlistOf(state, booking.sessionId).findIndex((entry) => entry.id === booking.id) + 1
}

export function activeBookingOf(state: RoomsState, sessionId: string, userId: string): BookingRecord | null {
  return bookingsOf(state, sessionId).find((booking) => booking.userId === userId && isActive(booking.status)) ?? null
}

export function upcomingActiveCount(state: RoomsState, userId: string, now: number): number {
  return bookingsOfUser(state, userId).filter((booking) => {
    const session = ownValue(state.sessions, booking.sessionId)
    return isActive(booking.status) && session !== undefined && sessionStartMs(session) > now
  }).length
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
  if (session.cancelled) throw new ServiceError('CONFLICT', `这场活动已取消：${session.cancelled.reason}`)
  if (!bookingOpen(session, now)) throw new ServiceError('CONFLICT', '预约已截止：活动开始前2小时停止预约')
  const mine = activeBookingOf(state, session.id, userId)
  if (mine) {
    throw new ServiceError('CONFLICT', mine.status === 'waitlisted' ? '您已在这场活动的候补名单中' : '您已预约这场活动，每个家庭每场限约一次')
  }
  const carers = carersError(request.carers)
  if (carers) throw new ServiceError('VALIDATION', carers, { carers })
  const age = childAgeReason(request.child.birthDate, session.date, session.ageMin, session.ageMax)
  if (age) throw new ServiceError('VALIDATION', age, { childId: age })
  const limit = familyLimitReason(upcomingActiveCount(state, userId, now))
  if (limit) throw new ServiceError('CONFLICT', limit)

  const full = confirmedCount(state, session.id) >= session.capacity
  if (!request.waitlist && full) throw new ServiceError('CONFLICT', '名额刚刚约满了，可以加入候补')
  // Nobody waits for a place that is free: a waitlist request for an open session books it.
  const status = full ? 'waitlisted' : 'booked'
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
    code: status === 'booked' ? codeForSession(bookingsOf(state, session.id)) : null,
    seq,
    createdAt: at,
    updatedAt: at,
    ...(request.subscribed ? { subscribed: true } : {}),
  }
  addBooking(state, booking)
  return booking
}

/** Fills free places from the waitlist, first come first served; returns who got a place. */
export function promoteFromWaitlist(state: RoomsState, session: SessionRecord, now: number): BookingRecord[] {
  const promoted: BookingRecord[] = []
  if (session.cancelled || !bookingOpen(session, now)) return promoted
  for (const waiting of waitlistOf(state, session.id)) {
    if (confirmedCount(state, session.id) >= session.capacity) break
    waiting.status = 'booked'
    waiting.code = codeForSession(bookingsOf(state, session.id))
    waiting.updatedAt = new Date(now).toISOString()
    promoted.push(waiting)
  }
  return promoted
}

export function cancelBooking(state: RoomsState, booking: BookingRecord, now: number): BookingRecord[] {
  const session = sessionOfBooking(state, booking)
  if (booking.status !== 'booked' && booking.status !== 'waitlisted') {
    throw new ServiceError('CONFLICT', '这条预约已签到、已取消或已结束，不能再取消')
  }
  const reason = cancelReason(session, now)
  if (reason) throw new ServiceError('CONFLICT', reason)
  return release(state, booking, now)
}

/** The family gives up its place or its waitlist spot; a freed place goes to the waitlist. */
function release(state: RoomsState, booking: BookingRecord, now: number): BookingRecord[] {
  const freedPlace = booking.status === 'booked'
  booking.status = 'cancelled'
  booking.cancelledBy = 'family'
  booking.updatedAt = new Date(now).toISOString()
  return freedPlace ? promoteFromWaitlist(state, sessionOfBooking(state, booking), now) : []
}

/** The instructor calls the session off: every family holding or waiting for a place loses it. */
export function cancelSession(state: RoomsState, session: SessionRecord, reason: string, now: number): { booking: BookingRecord; waiting: boolean }[] {
  const refused = cancelSessionError(session, now)
  if (refused) throw new ServiceError('CONFLICT', refused)
  const at = new Date(now).toISOString()
  session.cancelled = { reason, at }
  const affected = bookingsOf(state, session.id)
    .filter((booking) => isActive(booking.status))
    .sort((a, b) => a.seq - b.seq)
    .map((booking) => ({ booking, waiting: booking.status === 'waitlisted' }))
  for (const { booking } of affected) {
    booking.status = 'cancelled'
    booking.cancelledBy = 'room'
    booking.updatedAt = at
  }
  return affected
}

/**
 * The instructor has moved the session from `before`: every family holding or waiting for a place
 * keeps it for now and is asked whether to keep or release it.
 */
export function markTimeChange(state: RoomsState, session: SessionRecord, before: SessionTimes, now: number): { booking: BookingRecord; change: TimeChange }[] {
  const at = new Date(now).toISOString()
  return bookingsOf(state, session.id)
    .filter((booking) => booking.status === 'booked' || booking.status === 'waitlisted')
    .sort((a, b) => a.seq - b.seq)
    .map((booking) => {
      const change: TimeChange = { from: { date: before.date, start: before.start, end: before.end }, at, answer: 'pending' }
      booking.change = change
      booking.updatedAt = at
      return { booking, change }
    })
}

/**
 * The family's answer to a time change: keep the place, or release it, which may be done until
 * the start even inside the usual two-hour cutoff. Returns who got a place from the waitlist.
 */
export function answerTimeChange(state: RoomsState, booking: BookingRecord, answer: ChangeAnswer, now: number): BookingRecord[] {
  const session = sessionOfBooking(state, booking)
  const active = booking.status === 'booked' || booking.status === 'waitlisted'
  const change = active ? booking.change : undefined
  const refused = changeAnswerError({ session, pending: change?.answer === 'pending', now })
  if (refused || !change) throw new ServiceError('CONFLICT', refused ?? '这条预约没有待确认的时间变更')
  change.answer = answer === 'keep' ? 'kept' : 'released'
  booking.updatedAt = new Date(now).toISOString()
  return answer === 'keep' ? [] : release(state, booking, now)
}
