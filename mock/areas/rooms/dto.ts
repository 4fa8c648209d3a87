import { isActive, isConfirmed, sessionState } from '@/domain/booking'
import { holdsOrWaits, mayCancel, placesLeft, timeChangePending } from '@/domain/booking-machine'
import type { BookingDto, InstructorSession, RosterEntry, SessionDto } from '@/contract/rooms'
import { formatAge } from '@/domain/dates'
import { maskPhone } from '@/domain/validation'
import type { HandlerContext } from '../../core/area'
import { roomOf } from './lookups'
import { bookingsOf } from './indexes'
import { sessionOfBooking, waitlistPosition } from './ops'
import type { BookingRecord, RoomsState, SessionRecord } from './state'

/** What the rooms area answers, built from its records for the caller (null when signed out). */
type Ctx = HandlerContext<RoomsState>

/** A session for the caller; `bookings` are its bookings when the caller already has them. */
export function sessionDto(ctx: Ctx, session: SessionRecord, bookings = bookingsOf(ctx.state, session.id)): SessionDto {
  // One pass over the session's bookings: places taken, the waitlist, and the caller's own.
  let confirmed = 0
  let waiting = 0
  let mine: BookingRecord | null = null
  for (const booking of bookings) {
    if (isConfirmed(booking.status)) confirmed += 1
    if (booking.status === 'waitlisted') waiting += 1
    if (!mine && ctx.user && booking.userId === ctx.user.id && isActive(booking.status)) mine = booking
  }
  return {
    id: session.id,
    roomId: session.roomId,
    roomName: roomOf(session.roomId).name,
    date: session.date,
    start: session.start,
    end: session.end,
    activity: session.activity,
    ageMin: session.ageMin,
    ageMax: session.ageMax,
    capacity: session.capacity,
    placesLeft: placesLeft(session.capacity, confirmed),
    waitlist: waiting,
    state: sessionState({ session, capacity: session.capacity, confirmed, mine: mine?.status ?? null, now: ctx.now, cancelled: Boolean(session.cancelled) }),
    myBookingId: mine?.id ?? null,
    cancelReason: session.cancelled?.reason ?? null,
  }
}

export function bookingDto(ctx: Ctx, booking: BookingRecord): BookingDto {
  const session = sessionOfBooking(ctx.state, booking)
  const room = roomOf(session.roomId)
  return {
    id: booking.id,
    status: booking.status,
    code: booking.code,
    waitlistPosition: waitlistPosition(ctx.state, booking),
    childName: booking.childName,
    carers: booking.carers,
    session: sessionDto(ctx, session),
    roomAddress: room.address,
    roomPhone: room.phone,
    cancellable: mayCancel(booking.status, session, ctx.now),
    roomCancelReason: booking.cancelledBy === 'room' ? (session.cancelled?.reason ?? null) : null,
    change:
      booking.change && holdsOrWaits(booking.status)
        ? { from: booking.change.from, pending: timeChangePending(booking.status, booking.change, session, ctx.now) }
        : null,
  }
}

export function instructorSession(ctx: Ctx, session: SessionRecord): InstructorSession {
  const bookings = bookingsOf(ctx.state, session.id)
  return {
    ...sessionDto(ctx, session, bookings),
    confirmed: bookings.filter((booking) => isConfirmed(booking.status)).length,
    checkedIn: bookings.filter((booking) => booking.status === 'checked-in').length,
  }
}

/** A family as the instructor sees it: the phone masked, and never the check-in code. */
export function rosterEntry(ctx: Ctx, booking: BookingRecord): RosterEntry {
  const session = sessionOfBooking(ctx.state, booking)
  return {
    bookingId: booking.id,
    childName: booking.childName,
    childAge: formatAge(booking.childBirthDate, session.date),
    carers: booking.carers,
    phoneMasked: maskPhone(booking.phone),
    status: booking.status,
    waitlistPosition: waitlistPosition(ctx.state, booking),
  }
}

/** A cancelled session stays in the calendar only for families whose booking it took, as 已取消. */
export function shownToCaller(ctx: Ctx, session: SessionRecord): boolean {
  if (!session.cancelled) return true
  const user = ctx.user
  return user !== null && bookingsOf(ctx.state, session.id).some((b) => b.userId === user.id && b.cancelledBy === 'room')
}
