import {
  BOOKING_DAYS_AHEAD,
  hoursText,
  isConfirmed,
  sessionEndMs,
  sessionErrors,
  sessionStartMs,
  sessionState,
  type SessionInput,
} from '../../../src/domain/booking'
import { addDays, formatAge } from '../../../src/domain/dates'
import { cancelReasonError, timesChanged, timesText } from '../../../src/domain/session-changes'
import { PAST_DAYS_SHOWN } from '../../../src/domain/session-schedule'
import { hasErrors, maskPhone } from '../../../src/domain/validation'
import { ENTRY_ROLES } from '../../../src/domain/roles'
import { ServiceError } from '../../../src/services/errors'
import type { BookingDto, InstructorSession, RoomsApi, RoomSummary, RosterEntry, SessionDto } from '../../../src/services/rooms-api'
import type { HandlerContext, HandlerMap } from '../../core/area'
import type { UserRecord } from '../../core/core-state'
import { ROOM_SEEDS, type RoomSeed } from './fixtures/rooms'
import { notifyFamily, notifyPromoted as notifyPromotedIn } from './notify'
import {
  activeBookingOf,
  answerTimeChange,
  bookOrWait,
  bookingsOf,
  cancelBooking,
  cancelSession,
  confirmedCount,
  markTimeChange,
  promoteFromWaitlist,
  waitlistOf,
  waitlistPosition,
} from './ops'
import type { BookingRecord, RoomsState, SessionRecord } from './state'

type Ctx = HandlerContext<RoomsState>

function roomOf(id: unknown): RoomSeed {
  const room = ROOM_SEEDS.find((candidate) => candidate.id === id)
  if (!room) throw new ServiceError('NOT_FOUND', '没有找到这个亲子小屋')
  return room
}

function sessionOf(state: RoomsState, id: unknown): SessionRecord {
  const session = typeof id === 'string' ? state.sessions[id] : undefined
  if (!session) throw new ServiceError('NOT_FOUND', '没有找到这场活动')
  return session
}

const byTime = (a: SessionRecord, b: SessionRecord) => sessionStartMs(a) - sessionStartMs(b)

function sessionDto(ctx: Ctx, session: SessionRecord): SessionDto {
  const confirmed = confirmedCount(ctx.state, session.id)
  const mine = ctx.user ? activeBookingOf(ctx.state, session.id, ctx.user.id) : null
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
    placesLeft: Math.max(0, session.capacity - confirmed),
    waitlist: waitlistOf(ctx.state, session.id).length,
    state: sessionState({ session, capacity: session.capacity, confirmed, mine: mine?.status ?? null, now: ctx.now, cancelled: Boolean(session.cancelled) }),
    myBookingId: mine?.id ?? null,
    cancelReason: session.cancelled?.reason ?? null,
  }
}

const holdsOrWaits = (booking: BookingRecord) => booking.status === 'booked' || booking.status === 'waitlisted'

function bookingDto(ctx: Ctx, booking: BookingRecord): BookingDto {
  const session = ctx.state.sessions[booking.sessionId]
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
    cancellable: holdsOrWaits(booking) && ctx.now < sessionStartMs(session) - 2 * 3_600_000,
    roomCancelReason: booking.cancelledBy === 'room' ? (session.cancelled?.reason ?? null) : null,
    change:
      booking.change && holdsOrWaits(booking)
        ? { from: booking.change.from, pending: booking.change.answer === 'pending' && ctx.now < sessionStartMs(session) }
        : null,
  }
}

function instructorSession(ctx: Ctx, session: SessionRecord): InstructorSession {
  const bookings = bookingsOf(ctx.state, session.id)
  return {
    ...sessionDto(ctx, session),
    confirmed: bookings.filter((booking) => isConfirmed(booking.status)).length,
    checkedIn: bookings.filter((booking) => booking.status === 'checked-in').length,
  }
}

function rosterEntry(ctx: Ctx, booking: BookingRecord): RosterEntry {
  const session = ctx.state.sessions[booking.sessionId]
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

/** An instructor arranges sessions only in rooms they run. */
function ownRoom(ctx: Ctx, id: unknown): RoomSeed {
  const room = roomOf(id)
  if (!room.instructorIds.includes(ctx.user!.id)) throw new ServiceError('FORBIDDEN', '只能为自己负责的亲子小屋安排活动')
  return room
}

/** An instructor manages only the sessions of rooms they run. */
function ownSession(ctx: Ctx, id: unknown): SessionRecord {
  const session = sessionOf(ctx.state, id)
  if (!roomOf(session.roomId).instructorIds.includes(ctx.user!.id)) throw new ServiceError('FORBIDDEN', '只能管理自己负责的亲子小屋的活动')
  return session
}

/** The caller's own booking; anyone else's is NOT_FOUND, as if it did not exist. */
function ownBooking(ctx: Ctx, id: unknown): BookingRecord {
  const booking = typeof id === 'string' && Object.prototype.hasOwnProperty.call(ctx.state.bookings, id) ? ctx.state.bookings[id] : undefined
  if (!booking || booking.userId !== ctx.user!.id) throw new ServiceError('NOT_FOUND', '没有找到这条预约')
  return booking
}

function notifyPromoted(ctx: Ctx, promoted: BookingRecord[]): void {
  notifyPromotedIn(ctx.state, promoted, (userId) => Boolean(ctx.core.users[userId]))
}

/** Tells each family whose booking the cancellation took, with the instructor's reason. */
function notifyCancelled(ctx: Ctx, session: SessionRecord, affected: { booking: BookingRecord; waiting: boolean }[]): void {
  const at = new Date(ctx.now).toISOString()
  for (const { booking, waiting } of affected) {
    const what = `${booking.childName}的${waiting ? '候补' : '预约'}已取消`
    const text = `活动取消：${session.date} ${session.start} ${session.activity}（${roomOf(session.roomId).name}）不再举办，原因：${session.cancelled!.reason}。${what}。`
    notifyFamily(ctx.state, booking, text, { at, wechat: true })
  }
}

/** Tells each family holding or waiting for a place about the new time and asks them to answer. */
function notifyMoved(ctx: Ctx, session: SessionRecord, affected: BookingRecord[]): void {
  const at = new Date(ctx.now).toISOString()
  for (const booking of affected) {
    const choice = booking.status === 'waitlisted' ? '保留候补或退出候补' : '保留名额或取消预约'
    const text = `时间变更：${booking.childName}${booking.status === 'waitlisted' ? '候补' : '预约'}的${session.activity}（${roomOf(session.roomId).name}）由 ${timesText(booking.change!.from)} 改为 ${timesText(session)}。请到“我的预约”选择${choice}。`
    notifyFamily(ctx.state, booking, text, { at, wechat: true })
  }
}

function book(ctx: Ctx, payload: { sessionId?: unknown; childId?: unknown; carers?: unknown; notify?: unknown } | null, waitlist: boolean): BookingDto {
  const user = ctx.user as UserRecord
  const session = sessionOf(ctx.state, payload?.sessionId)
  const child = user.family.children.find((candidate) => candidate.id === payload?.childId)
  if (!child) throw new ServiceError('VALIDATION', '请选择参加的孩子（先在“我的 → 家庭信息”登记孩子）', { childId: '请选择参加的孩子' })
  const booking = bookOrWait(ctx.state, {
    session,
    userId: user.id,
    child,
    carers: Number(payload?.carers),
    phone: user.phone,
    now: ctx.now,
    waitlist,
    subscribed: payload?.notify === 'subscribe',
  })
  return bookingDto(ctx, booking)
}

/** A cancelled session stays in the calendar only for families whose booking it took, as 已取消. */
function shownToCaller(ctx: Ctx, session: SessionRecord): boolean {
  if (!session.cancelled) return true
  return Boolean(ctx.user) && bookingsOf(ctx.state, session.id).some((b) => b.userId === ctx.user!.id && b.cancelledBy === 'room')
}

function readSession(raw: unknown): SessionInput {
  const input = (raw ?? {}) as Partial<Record<keyof SessionInput, unknown>>
  return {
    date: String(input.date ?? ''),
    start: String(input.start ?? ''),
    end: String(input.end ?? ''),
    activity: String(input.activity ?? '').trim(),
    ageMin: Number(input.ageMin),
    ageMax: Number(input.ageMax),
    capacity: Number(input.capacity),
  }
}

export const roomsHandlers: HandlerMap<RoomsApi, RoomsState> = {
  'rooms.list': {
    access: 'public',
    handle: (ctx) =>
      ROOM_SEEDS.map((room): RoomSummary => {
        const horizon = addDays(ctx.today, BOOKING_DAYS_AHEAD)
        const open = Object.values(ctx.state.sessions).filter(
          (s) => s.roomId === room.id && s.date >= ctx.today && s.date <= horizon && !s.cancelled && sessionDto(ctx, s).state === 'bookable',
        ).length
        const { id, name, district, street, address, latitude, longitude, phone, colour } = room
        return { id, name, district, street, address, latitude, longitude, phone, colour, hoursText: hoursText(room.hours), openSessions: open }
      }),
  },
  'rooms.room': {
    access: 'public',
    handle: (ctx, payload) => {
      const room = roomOf(payload?.id)
      const horizon = addDays(ctx.today, BOOKING_DAYS_AHEAD)
      const sessions = Object.values(ctx.state.sessions)
        .filter((s) => s.roomId === room.id && s.date >= ctx.today && s.date <= horizon && shownToCaller(ctx, s))
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
    handle: (ctx, payload) => sessionDto(ctx, sessionOf(ctx.state, payload?.id)),
  },
  'rooms.book': {
    access: ['parent'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => book(ctx, payload, false),
  },
  'rooms.joinWaitlist': {
    access: ['parent'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => book(ctx, payload, true),
  },
  'rooms.cancel': {
    access: ['parent'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const booking = ownBooking(ctx, payload?.bookingId)
      notifyPromoted(ctx, cancelBooking(ctx.state, booking, ctx.now))
      return bookingDto(ctx, booking)
    },
  },
  'rooms.myBookings': {
    access: ENTRY_ROLES.roomsBookings,
    handle: (ctx) =>
      Object.values(ctx.state.bookings)
        .filter((booking) => booking.userId === ctx.user!.id)
        .sort((a, b) => byTime(ctx.state.sessions[a.sessionId], ctx.state.sessions[b.sessionId]))
        .map((booking) => bookingDto(ctx, booking)),
  },
  'rooms.messages': {
    access: 'signed-in',
    handle: ({ state, user }) => (state.messages[user!.id] ?? []).slice(0, 20),
  },
  'rooms.readMessages': {
    access: 'signed-in',
    write: true,
    handle: ({ state, user }) => {
      for (const message of state.messages[user!.id] ?? []) message.read = true
      return { done: true }
    },
  },
  'rooms.mySessions': {
    access: ENTRY_ROLES.roomsSessions,
    // Every session ahead, however far (none may be lost from view), and the last week's.
    handle: (ctx) => {
      const rooms = ROOM_SEEDS.filter((room) => room.instructorIds.includes(ctx.user!.id)).map((room) => room.id)
      const from = addDays(ctx.today, -PAST_DAYS_SHOWN)
      return Object.values(ctx.state.sessions)
        .filter((s) => rooms.includes(s.roomId) && s.date >= from)
        .sort(byTime)
        .map((s) => instructorSession(ctx, s))
    },
  },
  'rooms.schedule': {
    access: ['instructor'],
    handle: (ctx, payload) => {
      const room = ownRoom(ctx, payload?.roomId)
      return {
        roomId: room.id,
        roomName: room.name,
        hours: room.hours,
        hoursText: hoursText(room.hours),
        sessions: Object.values(ctx.state.sessions)
          .filter((s) => s.roomId === room.id && s.date >= ctx.today && !s.cancelled)
          .sort(byTime)
          .map((s) => instructorSession(ctx, s)),
      }
    },
  },
  'rooms.cancelSession': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const session = ownSession(ctx, payload?.sessionId)
      const reason = String(payload?.reason ?? '').trim()
      const invalid = cancelReasonError(reason)
      if (invalid) throw new ServiceError('VALIDATION', invalid, { reason: invalid })
      const affected = cancelSession(ctx.state, session, reason, ctx.now)
      notifyCancelled(ctx, session, affected)
      return { ...instructorSession(ctx, session), notified: affected.length }
    },
  },
  'rooms.answerChange': {
    access: ['parent'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const booking = ownBooking(ctx, payload?.bookingId)
      notifyPromoted(ctx, answerTimeChange(ctx.state, booking, payload?.keep === true, ctx.now))
      return bookingDto(ctx, booking)
    },
  },
  'rooms.roster': {
    access: ['instructor'],
    handle: (ctx, payload) => {
      const session = ownSession(ctx, payload?.sessionId)
      const order = { 'checked-in': 0, booked: 1, 'no-show': 2, waitlisted: 3, cancelled: 4 }
      const entries = bookingsOf(ctx.state, session.id)
        .sort((a, b) => order[a.status] - order[b.status] || a.seq - b.seq)
        .map((booking) => rosterEntry(ctx, booking))
      return { session: instructorSession(ctx, session), entries }
    },
  },
  'rooms.checkIn': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const session = ownSession(ctx, payload?.sessionId)
      const code = String(payload?.code ?? '').replace(/\s/g, '')
      if (!/^\d{6}$/.test(code)) throw new ServiceError('VALIDATION', '签到码是6位数字', { code: '签到码是6位数字' })
      if (session.cancelled) throw new ServiceError('CONFLICT', '这场活动已取消，不能签到')
      if (ctx.now > sessionEndMs(session)) throw new ServiceError('CONFLICT', '活动已结束，不能再签到')
      const booking = bookingsOf(ctx.state, session.id).find((candidate) => candidate.code === code)
      if (!booking) throw new ServiceError('NOT_FOUND', '这场活动没有这个签到码，请核对', { code: '这场活动没有这个签到码，请核对' })
      if (booking.status === 'checked-in') throw new ServiceError('CONFLICT', `${booking.childName}已经签到过了`)
      if (booking.status !== 'booked') throw new ServiceError('CONFLICT', '这条预约已取消或已标记未到场')
      booking.status = 'checked-in'
      booking.updatedAt = new Date(ctx.now).toISOString()
      return rosterEntry(ctx, booking)
    },
  },
  'rooms.markNoShows': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const session = ownSession(ctx, payload?.sessionId)
      if (ctx.now < sessionStartMs(session)) throw new ServiceError('CONFLICT', '活动开始后才能标记未到场')
      let marked = 0
      for (const booking of bookingsOf(ctx.state, session.id)) {
        if (booking.status !== 'booked') continue
        booking.status = 'no-show'
        booking.updatedAt = new Date(ctx.now).toISOString()
        marked += 1
      }
      return { marked }
    },
  },
  'rooms.saveSession': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, payload) => {
      const room = ownRoom(ctx, payload?.roomId)
      const existing = payload?.id ? ownSession(ctx, payload.id) : null
      if (existing && existing.roomId !== room.id) throw new ServiceError('VALIDATION', '活动不属于这个小屋')
      if (existing?.cancelled) throw new ServiceError('CONFLICT', '这场活动已取消，不能再修改')
      const input = readSession(payload?.session)
      // A cancelled session frees its time for another.
      const others = Object.values(ctx.state.sessions).filter((s) => s.roomId === room.id && s.id !== existing?.id && !s.cancelled)
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
      ctx.state.sessions[session.id] = session
      const moved = existing && timesChanged(before, session) ? markTimeChange(ctx.state, session, before, ctx.now) : []
      notifyMoved(ctx, session, moved)
      // More places: the waitlist moves up at once.
      notifyPromoted(ctx, promoteFromWaitlist(ctx.state, session, ctx.now))
      return { ...instructorSession(ctx, session), notified: moved.length }
    },
  },
}
