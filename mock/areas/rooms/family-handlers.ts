import { BOOKING_DAYS_AHEAD, hoursText } from '@/domain/booking'
import type { BookInput, BookingDto, roomsMethods, RoomSummary } from '@/contract/rooms'
import { addDays } from '@/domain/dates'
import { ownValue } from '@/domain/own'
import { ENTRY_ROLES, type Role } from '@/domain/roles'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext, ContractHandlers } from '../../core/area'
import { bookingDto, sessionDto, shownToCaller } from './dto'
import { ROOM_SEEDS } from './fixtures/rooms'
import { byTime, ownBooking, roomOf, sessionOf } from './lookups'
import { notifyPromoted } from './notify'
import { bookingsOfUser, sessionsOfRoom } from './indexes'
import { answerTimeChange, bookOrWait, cancelBooking, sessionOfBooking } from './ops'
import type { RoomsState } from './state'

type FamilyMethods = Pick<
  typeof roomsMethods,
  | 'rooms.list'
  | 'rooms.room'
  | 'rooms.session'
  | 'rooms.book'
  | 'rooms.joinWaitlist'
  | 'rooms.cancel'
  | 'rooms.myBookings'
  | 'rooms.messages'
  | 'rooms.readMessages'
  | 'rooms.answerChange'
>

function book(ctx: AuthedContext<RoomsState>, input: BookInput, waitlist: boolean): BookingDto {
  const { user } = ctx
  const session = sessionOf(ctx.state, input.sessionId)
  const child = user.family.children.find((candidate) => candidate.id === input.childId)
  if (!child) throw new ServiceError('VALIDATION', '请选择参加的孩子（先在“我的 → 家庭信息”登记孩子）', { childId: '请选择参加的孩子' })
  const booking = bookOrWait(ctx.state, {
    session,
    userId: user.id,
    child,
    carers: input.carers,
    phone: user.phone,
    now: ctx.now,
    waitlist,
    subscribed: input.notify === 'subscribe',
  })
  return bookingDto(ctx, booking)
}

/** Booking is for parents (a typed list, so each handler's context is known to have a user). */
const PARENTS: readonly Role[] = ['parent']

/** What families do: find rooms and sessions, book or wait, cancel, answer a time change, read messages. */
export const familyHandlers: ContractHandlers<FamilyMethods, RoomsState> = {
  'rooms.list': {
    access: 'public',
    handle: (ctx) =>
      ROOM_SEEDS.map((room): RoomSummary => {
        const horizon = addDays(ctx.today, BOOKING_DAYS_AHEAD)
        const open = sessionsOfRoom(ctx.state, room.id).filter(
          (s) => s.date >= ctx.today && s.date <= horizon && !s.cancelled && sessionDto(ctx, s).state === 'bookable',
        ).length
        const { id, name, district, street, address, latitude, longitude, phone, colour } = room
        return { id, name, district, street, address, latitude, longitude, phone, colour, hoursText: hoursText(room.hours), openSessions: open }
      }),
  },
  'rooms.room': {
    access: 'public',
    handle: (ctx, { id }) => {
      const room = roomOf(id)
      const horizon = addDays(ctx.today, BOOKING_DAYS_AHEAD)
      const sessions = sessionsOfRoom(ctx.state, room.id)
        .filter((s) => s.date >= ctx.today && s.date <= horizon && shownToCaller(ctx, s))
        .sort(byTime)
        .map((s) => sessionDto(ctx, s))
      return {
        id: room.id,
        name: room.name,
        district: room.district,
        street: room.street,
        address: room.address,
        latitude: room.latitude,
        longitude: room.longitude,
        phone: room.phone,
        colour: room.colour,
        hoursText: hoursText(room.hours),
        openSessions: sessions.filter((s) => s.state === 'bookable').length,
        intro: room.intro,
        facilities: room.facilities,
        staff: room.staff,
        sessions,
      }
    },
  },
  'rooms.session': {
    access: 'public',
    handle: (ctx, { id }) => sessionDto(ctx, sessionOf(ctx.state, id)),
  },
  'rooms.book': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, input) => book(ctx, input, false),
  },
  'rooms.joinWaitlist': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, input) => book(ctx, input, true),
  },
  'rooms.cancel': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { bookingId }) => {
      const booking = ownBooking(ctx, bookingId)
      notifyPromoted(ctx.state, ctx.core, cancelBooking(ctx.state, booking, ctx.now))
      return bookingDto(ctx, booking)
    },
  },
  'rooms.answerChange': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { bookingId, answer }) => {
      const booking = ownBooking(ctx, bookingId)
      notifyPromoted(ctx.state, ctx.core, answerTimeChange(ctx.state, booking, answer, ctx.now))
      return bookingDto(ctx, booking)
    },
  },
  'rooms.myBookings': {
    access: ENTRY_ROLES.roomsBookings,
    handle: (ctx) =>
      bookingsOfUser(ctx.state, ctx.user.id)
        .sort((a, b) => byTime(sessionOfBooking(ctx.state, a), sessionOfBooking(ctx.state, b)))
        .map((booking) => bookingDto(ctx, booking)),
  },
  'rooms.messages': {
    access: 'signed-in',
    handle: ({ state, user }) => (ownValue(state.messages, user.id) ?? []).slice(0, 20),
  },
  'rooms.readMessages': {
    access: 'signed-in',
    write: true,
    handle: ({ state, user }) => {
      for (const message of ownValue(state.messages, user.id) ?? []) message.read = true
      return { done: true }
    },
  },
}
