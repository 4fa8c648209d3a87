import { hoursText, sessionErrors } from '@/domain/booking'
import { decideCheckIn, decideNoShows } from '@/domain/booking-machine'
import type { roomsMethods } from '@/contract/rooms'
import { addDays } from '@/domain/dates'
import { cancelReasonError, timesChanged } from '@/domain/session-changes'
import { PAST_DAYS_SHOWN } from '@/domain/session-schedule'
import { ENTRY_ROLES, type Role } from '@/domain/roles'
import { hasErrors } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import { instructorSession, rosterEntry } from './dto'
import { ROOM_SEEDS } from './fixtures/rooms'
import { byTime, ownRoom, ownSession } from './lookups'
import { notifyCancelled, notifyMoved, notifyPromoted } from './notify'
import { addSession, bookingsOf, sessionsOfRoom } from './indexes'
import { cancelSession, confirmedCount, markTimeChange, promoteFromWaitlist, refuse } from './ops'
import type { BookingRecord, RoomsState, SessionRecord } from './state'

type InstructorMethods = Pick<
  typeof roomsMethods,
  'rooms.mySessions' | 'rooms.schedule' | 'rooms.roster' | 'rooms.checkIn' | 'rooms.markNoShows' | 'rooms.saveSession' | 'rooms.cancelSession'
>

/** Checked in first, then those still expected, then the rest; by order of booking within each. */
const ROSTER_ORDER: Record<BookingRecord['status'], number> = { 'checked-in': 0, booked: 1, 'no-show': 2, waitlisted: 3, cancelled: 4 }

/** Arranging sessions and rosters is for instructors (a typed list, so each handler's context is known to have a user). */
const INSTRUCTORS: readonly Role[] = ['instructor']

/** What instructors do, only in the rooms they run: sessions, rosters, check-in, no-shows. */
export const instructorHandlers: ContractHandlers<InstructorMethods, RoomsState> = {
  'rooms.mySessions': {
    access: ENTRY_ROLES.roomsSessions,
    // Every session ahead, however far (none may be lost from view), and the last week's.
    handle: (ctx) => {
      const rooms = ROOM_SEEDS.filter((room) => room.instructorIds.includes(ctx.user.id)).map((room) => room.id)
      const from = addDays(ctx.today, -PAST_DAYS_SHOWN)
      return rooms
        .flatMap((roomId) => sessionsOfRoom(ctx.state, roomId))
        .filter((s) => s.date >= from)
        .sort(byTime)
        .map((s) => instructorSession(ctx, s))
    },
  },
  'rooms.schedule': {
    access: INSTRUCTORS,
    handle: (ctx, { roomId }) => {
      const room = ownRoom(ctx, roomId)
      return {
        roomId: room.id,
        roomName: room.name,
        hours: room.hours,
        hoursText: hoursText(room.hours),
        sessions: sessionsOfRoom(ctx.state, room.id)
          .filter((s) => s.date >= ctx.today && !s.cancelled)
          .sort(byTime)
          .map((s) => instructorSession(ctx, s)),
      }
    },
  },
  'rooms.roster': {
    access: INSTRUCTORS,
    handle: (ctx, { sessionId }) => {
      const session = ownSession(ctx, sessionId)
      const entries = bookingsOf(ctx.state, session.id)
        .sort((a, b) => ROSTER_ORDER[a.status] - ROSTER_ORDER[b.status] || a.seq - b.seq)
        .map((booking) => rosterEntry(ctx, booking))
      return { session: instructorSession(ctx, session), entries }
    },
  },
  'rooms.checkIn': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    // The schema has read the code as six digits (spaces dropped).
    handle: (ctx, { sessionId, code }) => {
      const session = ownSession(ctx, sessionId)
      const withCode = bookingsOf(ctx.state, session.id).find((candidate) => candidate.code === code)
      const decision = decideCheckIn({ session, booking: withCode, now: ctx.now })
      if (!decision.ok) return refuse(decision.refusal)
      const { booking } = decision
      booking.status = decision.status
      booking.updatedAt = new Date(ctx.now).toISOString()
      return rosterEntry(ctx, booking)
    },
  },
  'rooms.markNoShows': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { sessionId }) => {
      const session = ownSession(ctx, sessionId)
      const decision = decideNoShows(session, bookingsOf(ctx.state, session.id), ctx.now)
      if (!decision.ok) return refuse(decision.refusal)
      for (const booking of decision.marked) {
        booking.status = 'no-show'
        booking.updatedAt = new Date(ctx.now).toISOString()
      }
      return { marked: decision.marked.length }
    },
  },
  'rooms.saveSession': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const room = ownRoom(ctx, payload.roomId)
      const existing = payload.id === undefined ? null : ownSession(ctx, payload.id)
      if (existing && existing.roomId !== room.id) throw new ServiceError('VALIDATION', '活动不属于这个小屋')
      if (existing?.cancelled) throw new ServiceError('CONFLICT', '这场活动已取消，不能再修改')
      const input = payload.session
      // A cancelled session frees its time for another.
      const others = sessionsOfRoom(ctx.state, room.id).filter((s) => s.id !== existing?.id && !s.cancelled)
      const errors = sessionErrors(input, {
        now: ctx.now,
        hours: room.hours,
        others,
        confirmed: existing ? confirmedCount(ctx.state, existing.id) : 0,
      })
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '活动信息有误，请按提示修改', errors)
      const session: SessionRecord = existing ?? { id: `ss-new-${++ctx.state.seq}`, roomId: room.id, ...input }
      const before = { date: session.date, start: session.start, end: session.end }
      Object.assign(session, input)
      if (!existing) addSession(ctx.state, session)
      const moved = existing && timesChanged(before, session) ? markTimeChange(ctx.state, session, before, ctx.now) : []
      notifyMoved(ctx.state, session, moved, ctx.now)
      // More places: the waitlist moves up at once.
      notifyPromoted(ctx.state, ctx.core, promoteFromWaitlist(ctx.state, session, ctx.now))
      return { ...instructorSession(ctx, session), notified: moved.length }
    },
  },
  'rooms.cancelSession': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { sessionId, reason }) => {
      const session = ownSession(ctx, sessionId)
      const invalid = cancelReasonError(reason)
      if (invalid) throw new ServiceError('VALIDATION', invalid, { reason: invalid })
      const affected = cancelSession(ctx.state, session, reason, ctx.now)
      notifyCancelled(ctx.state, session, reason, affected, ctx.now)
      return { ...instructorSession(ctx, session), notified: affected.length }
    },
  },
}
