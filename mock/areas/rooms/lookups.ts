import { sessionStartMs } from '@/domain/booking'
import { ownValue } from '@/domain/own'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext } from '../../core/area'
import { ROOM_SEEDS, type RoomSeed } from './fixtures/rooms'
import type { BookingRecord, RoomsState, SessionRecord } from './state'

/**
 * Finding what a caller names by id. Every lookup sees own keys only, so `constructor` or
 * `__proto__` as an id is simply not found (never something every object inherits).
 */

export function roomOf(id: string): RoomSeed {
  const room = ROOM_SEEDS.find((candidate) => candidate.id === id)
  if (!room) throw new ServiceError('NOT_FOUND', '没有找到这个亲子小屋')
  return room
}

export function sessionOf(state: RoomsState, id: string): SessionRecord {
  const session = ownValue(state.sessions, id)
  if (!session) throw new ServiceError('NOT_FOUND', '没有找到这场活动')
  return session
}

/** An instructor arranges sessions only in rooms they run. */
export function ownRoom(ctx: AuthedContext<RoomsState>, id: string): RoomSeed {
  const room = roomOf(id)
  if (!room.instructorIds.includes(ctx.user.id)) throw new ServiceError('FORBIDDEN', '只能为自己负责的亲子小屋安排活动')
  return room
}

/** An instructor manages only the sessions of rooms they run. */
export function ownSession(ctx: AuthedContext<RoomsState>, id: string): SessionRecord {
  const session = sessionOf(ctx.state, id)
  if (!roomOf(session.roomId).instructorIds.includes(ctx.user.id)) throw new ServiceError('FORBIDDEN', '只能管理自己负责的亲子小屋的活动')
  return session
}

/** The caller's own booking; anyone else's is NOT_FOUND, as if it did not exist. */
export function ownBooking(ctx: AuthedContext<RoomsState>, id: string): BookingRecord {
  const booking = ownValue(ctx.state.bookings, id)
  if (!booking || booking.userId !== ctx.user.id) throw new ServiceError('NOT_FOUND', '没有找到这条预约')
  return booking
}

export const byTime = (a: SessionRecord, b: SessionRecord) => sessionStartMs(a) - sessionStartMs(b)
