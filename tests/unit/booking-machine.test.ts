import type { BookingStatus } from '@/domain/booking'
import {
  activeBookingOf,
  askedAboutTimeChange,
  decideBook,
  decideCancel,
  decideCheckIn,
  decideNoShows,
  decideSessionCancel,
  decideTimeChangeAnswer,
  mayCancel,
  placesLeft,
  placesTaken,
  promotions,
  timeChangePending,
  upcomingActiveCount,
  waitlistOf,
  waitlistPosition,
  type BookRequest,
  type TimeChangeFacts,
} from '@/domain/booking-machine'

/**
 * The 亲子小屋 booking state machine on its own, with plain data: a Thursday 09:30–10:30 session
 * whose booking and cancelling close at 07:30, looked at from Tuesday morning unless a test
 * moves the clock.
 */
const at = (iso: string) => Date.parse(`${iso}+08:00`)
const NOW = at('2026-11-24T10:00:00')
const SESSION = { date: '2026-11-26', start: '09:30', end: '10:30', capacity: 3, ageMin: 12, ageMax: 36 }
const CALLED_OFF = { ...SESSION, cancelled: { reason: '小屋停电检修' } }

interface TestBooking {
  id: string
  userId: string
  status: BookingStatus
  seq: number
  change?: TimeChangeFacts
}

/** A booking by family f-<seq>, made <seq>-th. */
const bk = (seq: number, status: BookingStatus, extra: Partial<TestBooking> = {}): TestBooking => ({ id: `bk-${seq}`, userId: `f-${seq}`, status, seq, ...extra })
const ids = (bookings: readonly { id: string }[]) => bookings.map((booking) => booking.id)

describe('places and the waitlist', () => {
  test('booked and checked-in families take a place; cancelled, no-show and waiting ones do not', () => {
    expect(placesTaken([bk(1, 'booked'), bk(2, 'checked-in'), bk(3, 'cancelled'), bk(4, 'no-show'), bk(5, 'waitlisted')])).toBe(2)
    expect(placesTaken([])).toBe(0)
  })

  test('places left never go below zero, even when a session holds more than its capacity', () => {
    expect(placesLeft(3, 2)).toBe(1)
    expect(placesLeft(3, 3)).toBe(0)
    expect(placesLeft(3, 5)).toBe(0)
  })

  test('the waitlist runs in order of joining, whatever order the bookings are listed in', () => {
    const bookings = [bk(7, 'waitlisted'), bk(1, 'booked'), bk(4, 'waitlisted'), bk(5, 'cancelled'), bk(6, 'waitlisted')]
    expect(ids(waitlistOf(bookings))).toEqual(['bk-4', 'bk-6', 'bk-7'])
    expect(waitlistPosition(bookings, bookings[2])).toBe(1)
    expect(waitlistPosition(bookings, bookings[0])).toBe(3)
    expect(waitlistPosition(bookings, bookings[1])).toBeNull()
    expect(waitlistPosition(bookings, bookings[3])).toBeNull()
  })

  test('a family’s active booking is the one that holds or waits for a place', () => {
    const bookings = [bk(1, 'cancelled', { userId: 'f-9' }), bk(2, 'waitlisted', { userId: 'f-9' }), bk(3, 'booked')]
    expect(activeBookingOf(bookings, 'f-9')?.id).toBe('bk-2')
    expect(activeBookingOf([bk(1, 'cancelled', { userId: 'f-9' }), bk(2, 'no-show', { userId: 'f-9' })], 'f-9')).toBeNull()
    expect(activeBookingOf(bookings, 'f-404')).toBeNull()
  })

  test('toward the family limit count only active bookings of sessions not yet started', () => {
    const later = { date: '2026-11-26', start: '09:30', end: '10:30' }
    const today = { date: '2026-11-24', start: '09:30', end: '10:30' }
    const startsNow = { date: '2026-11-24', start: '10:00', end: '11:00' }
    const family = [
      { status: 'booked' as const, session: later },
      { status: 'waitlisted' as const, session: later },
      { status: 'checked-in' as const, session: later },
      { status: 'cancelled' as const, session: later },
      { status: 'no-show' as const, session: later },
      { status: 'booked' as const, session: today },
      { status: 'booked' as const, session: startsNow },
    ]
    expect(upcomingActiveCount(family, NOW)).toBe(3)
    expect(upcomingActiveCount([], NOW)).toBe(0)
  })
})

describe('booking a place or joining the waitlist', () => {
  const request = (overrides: Partial<BookRequest<TestBooking>> = {}): BookRequest<TestBooking> => ({
    session: SESSION,
    bookings: [],
    userId: 'u-parent',
    childBirthDate: '2025-09-20',
    carers: 1,
    upcomingActive: 0,
    waitlist: false,
    now: NOW,
    ...overrides,
  })
  const twoTaken = [bk(1, 'booked'), bk(2, 'checked-in')]
  const full = [...twoTaken, bk(3, 'booked')]

  test('with one place left the family gets it, asked for a place or for the waitlist', () => {
    expect(decideBook(request({ bookings: twoTaken }))).toEqual({ ok: true, status: 'booked' })
    expect(decideBook(request({ bookings: twoTaken, waitlist: true }))).toEqual({ ok: true, status: 'booked' })
  })

  test('exactly full: a place is refused, the waitlist is offered and joined', () => {
    expect(decideBook(request({ bookings: full }))).toEqual({ ok: false, refusal: { kind: 'conflict', reason: '名额刚刚约满了，可以加入候补' } })
    expect(decideBook(request({ bookings: full, waitlist: true }))).toEqual({ ok: true, status: 'waitlisted' })
    expect(decideBook(request({ bookings: [...full, bk(4, 'waitlisted')], waitlist: true }))).toEqual({ ok: true, status: 'waitlisted' })
  })

  test('cancelled and no-show bookings leave their places free', () => {
    expect(decideBook(request({ bookings: [...twoTaken, bk(3, 'cancelled'), bk(4, 'no-show')] }))).toEqual({ ok: true, status: 'booked' })
  })

  test('open until the deadline two hours before the start, refused from it on', () => {
    expect(decideBook(request({ now: at('2026-11-26T07:29:00') })).ok).toBe(true)
    const closed = decideBook(request({ now: at('2026-11-26T07:30:00') }))
    expect(closed).toEqual({ ok: false, refusal: { kind: 'conflict', reason: '预约已截止：活动开始前2小时停止预约' } })
    expect(decideBook(request({ now: at('2026-11-26T07:31:00'), waitlist: true })).ok).toBe(false)
  })

  test('a session the room called off takes nobody, with the room’s reason, before any other check', () => {
    const refused = { ok: false, refusal: { kind: 'conflict', reason: '这场活动已取消：小屋停电检修' } }
    expect(decideBook(request({ session: CALLED_OFF }))).toEqual(refused)
    expect(decideBook(request({ session: CALLED_OFF, bookings: [bk(1, 'booked', { userId: 'u-parent' })], carers: 5, upcomingActive: 3 }))).toEqual(refused)
  })

  test('one active booking per family and session; after cancelling they may book again', () => {
    expect(decideBook(request({ bookings: [bk(1, 'booked', { userId: 'u-parent' })] })).ok).toBe(false)
    expect(decideBook(request({ bookings: [...full, bk(4, 'waitlisted', { userId: 'u-parent' })], waitlist: true }))).toEqual({
      ok: false,
      refusal: { kind: 'conflict', reason: '您已在这场活动的候补名单中' },
    })
    expect(decideBook(request({ bookings: [bk(1, 'cancelled', { userId: 'u-parent' })] }))).toEqual({ ok: true, status: 'booked' })
  })

  test('the form’s mistakes are shown at their fields', () => {
    expect(decideBook(request({ carers: 3 }))).toEqual({ ok: false, refusal: { kind: 'invalid', field: 'carers', reason: '陪同家长为1–2人' } })
    const young = decideBook(request({ childBirthDate: '2026-01-01' }))
    expect(young.ok === false && young.refusal).toMatchObject({ kind: 'invalid', field: 'childId' })
  })

  test('a family with three upcoming bookings (waitlist spots included) may not add a fourth, not even to the waitlist', () => {
    expect(decideBook(request({ upcomingActive: 2 })).ok).toBe(true)
    const refused = decideBook(request({ bookings: full, upcomingActive: 3, waitlist: true }))
    expect(refused.ok === false && refused.refusal).toMatchObject({ kind: 'conflict', reason: expect.stringContaining('最多同时预约3场') })
  })
})

describe('promoting from the waitlist', () => {
  test('a free place goes to the family that joined the waitlist first, and only to it', () => {
    const bookings = [bk(1, 'booked'), bk(2, 'booked'), bk(5, 'waitlisted'), bk(4, 'waitlisted')]
    expect(ids(promotions(SESSION, bookings, NOW))).toEqual(['bk-4'])
  })

  test('more places (capacity raised) promote that many waiting families, in order', () => {
    const bookings = [bk(1, 'booked'), bk(2, 'booked'), bk(3, 'booked'), bk(4, 'waitlisted'), bk(5, 'waitlisted'), bk(6, 'waitlisted')]
    expect(ids(promotions({ ...SESSION, capacity: 5 }, bookings, NOW))).toEqual(['bk-4', 'bk-5'])
    expect(ids(promotions({ ...SESSION, capacity: 10 }, bookings, NOW))).toEqual(['bk-4', 'bk-5', 'bk-6'])
  })

  test('nobody to promote: an empty waitlist, or no place free', () => {
    expect(promotions(SESSION, [bk(1, 'booked')], NOW)).toEqual([])
    expect(promotions(SESSION, [bk(1, 'booked'), bk(2, 'checked-in'), bk(3, 'booked'), bk(4, 'waitlisted')], NOW)).toEqual([])
  })

  test('no promotion once booking has closed, nor in a session the room called off', () => {
    const bookings = [bk(1, 'booked'), bk(4, 'waitlisted')]
    expect(ids(promotions(SESSION, bookings, at('2026-11-26T07:29:00')))).toEqual(['bk-4'])
    expect(promotions(SESSION, bookings, at('2026-11-26T07:30:00'))).toEqual([])
    expect(promotions(CALLED_OFF, bookings, NOW)).toEqual([])
  })
})

describe('a family cancels', () => {
  const fullWithWaitlist = [bk(1, 'booked'), bk(2, 'booked'), bk(3, 'booked'), bk(5, 'waitlisted'), bk(4, 'waitlisted')]

  test('a freed place goes at once to the first waiting family', () => {
    expect(decideCancel({ session: SESSION, bookings: fullWithWaitlist, booking: fullWithWaitlist[1], now: NOW })).toEqual({ ok: true, promoted: [fullWithWaitlist[4]] })
  })

  test('leaving the waitlist frees no place, so nobody is promoted', () => {
    expect(decideCancel({ session: SESSION, bookings: fullWithWaitlist, booking: fullWithWaitlist[3], now: NOW })).toEqual({ ok: true, promoted: [] })
  })

  test('with nobody waiting the place simply becomes free', () => {
    const bookings = [bk(1, 'booked'), bk(2, 'booked')]
    expect(decideCancel({ session: SESSION, bookings, booking: bookings[0], now: NOW })).toEqual({ ok: true, promoted: [] })
  })

  test('until one minute before the deadline; not at it, nor a minute after', () => {
    const booking = fullWithWaitlist[0]
    const cancelAt = (iso: string) => decideCancel({ session: SESSION, bookings: fullWithWaitlist, booking, now: at(iso) })
    expect(cancelAt('2026-11-26T07:29:00').ok).toBe(true)
    const refused = { ok: false, refusal: { kind: 'conflict', reason: '活动开始前2小时内不能取消，如不能参加请直接联系小屋' } }
    expect(cancelAt('2026-11-26T07:30:00')).toEqual(refused)
    expect(cancelAt('2026-11-26T07:31:00')).toEqual(refused)
    expect(mayCancel('booked', SESSION, at('2026-11-26T07:29:00'))).toBe(true)
    expect(mayCancel('waitlisted', SESSION, at('2026-11-26T07:29:00'))).toBe(true)
    expect(mayCancel('booked', SESSION, at('2026-11-26T07:30:00'))).toBe(false)
  })

  test.each<BookingStatus>(['cancelled', 'checked-in', 'no-show'])('a %s booking cannot be cancelled (again)', (status) => {
    const booking = bk(9, status)
    expect(decideCancel({ session: SESSION, bookings: [...fullWithWaitlist, booking], booking, now: NOW })).toEqual({
      ok: false,
      refusal: { kind: 'conflict', reason: '这条预约已签到、已取消或已结束，不能再取消' },
    })
    expect(mayCancel(status, SESSION, NOW)).toBe(false)
  })
})

describe('a time change', () => {
  const pending = (): TimeChangeFacts => ({ answer: 'pending' })

  test('the families asked are those holding or waiting for a place, in order of booking', () => {
    const bookings = [bk(6, 'waitlisted'), bk(2, 'booked'), bk(3, 'checked-in'), bk(4, 'cancelled'), bk(5, 'no-show'), bk(1, 'booked')]
    expect(ids(askedAboutTimeChange(bookings))).toEqual(['bk-1', 'bk-2', 'bk-6'])
  })

  test('keeping the place changes nobody’s status', () => {
    const booking = bk(1, 'booked', { change: pending() })
    const decision = decideTimeChangeAnswer({ session: SESSION, bookings: [booking, bk(2, 'waitlisted')], booking, answer: 'keep', now: NOW })
    expect(decision).toEqual({ ok: true, change: booking.change, answer: 'kept', promoted: [] })
    expect(decision.ok && decision.change).toBe(booking.change)
  })

  test('releasing a place before the deadline passes it to the first waiting family', () => {
    const booking = bk(1, 'booked', { change: pending() })
    const bookings = [booking, bk(2, 'booked'), bk(3, 'booked'), bk(5, 'waitlisted'), bk(4, 'waitlisted')]
    const decision = decideTimeChangeAnswer({ session: SESSION, bookings, booking, answer: 'release', now: NOW })
    expect(decision.ok && { answer: decision.answer, promoted: ids(decision.promoted) }).toEqual({ answer: 'released', promoted: ['bk-4'] })
  })

  test('may be answered past the cancel deadline until the start; a place released then is not passed on', () => {
    const booking = bk(1, 'booked', { change: pending() })
    const bookings = [booking, bk(2, 'booked'), bk(3, 'booked'), bk(4, 'waitlisted')]
    const late = decideTimeChangeAnswer({ session: SESSION, bookings, booking, answer: 'release', now: at('2026-11-26T09:29:00') })
    expect(late).toEqual({ ok: true, change: booking.change, answer: 'released', promoted: [] })
    expect(decideTimeChangeAnswer({ session: SESSION, bookings, booking, answer: 'keep', now: at('2026-11-26T09:30:00') })).toEqual({
      ok: false,
      refusal: { kind: 'conflict', reason: '活动已开始，不能再更改预约' },
    })
    expect(timeChangePending('booked', booking.change, SESSION, at('2026-11-26T09:29:00'))).toBe(true)
    expect(timeChangePending('booked', booking.change, SESSION, at('2026-11-26T09:30:00'))).toBe(false)
  })

  test('only once, and only for a booking that still holds or waits for a place', () => {
    const answered = bk(1, 'booked', { change: { answer: 'kept' } })
    const cancelled = bk(2, 'cancelled', { change: pending() })
    const checkedIn = bk(3, 'checked-in', { change: pending() })
    const never = bk(4, 'booked')
    for (const booking of [answered, cancelled, checkedIn, never]) {
      expect(decideTimeChangeAnswer({ session: SESSION, bookings: [booking], booking, answer: 'release', now: NOW })).toEqual({
        ok: false,
        refusal: { kind: 'conflict', reason: '这条预约没有待确认的时间变更' },
      })
      expect(timeChangePending(booking.status, booking.change, SESSION, NOW)).toBe(false)
    }
    expect(timeChangePending('waitlisted', pending(), SESSION, NOW)).toBe(true)
  })
})

describe('the room calls the session off', () => {
  const bookings = [bk(3, 'waitlisted'), bk(1, 'checked-in'), bk(4, 'cancelled'), bk(2, 'booked'), bk(5, 'no-show')]

  test('every family holding or waiting for a place loses it, in order of booking, waiting ones marked', () => {
    const decision = decideSessionCancel(SESSION, bookings, at('2026-11-26T09:29:00'))
    expect(decision.ok && decision.affected.map(({ booking, waiting }) => [booking.id, waiting])).toEqual([
      ['bk-1', false],
      ['bk-2', false],
      ['bk-3', true],
    ])
  })

  test('not once it has started, and only once', () => {
    expect(decideSessionCancel(SESSION, bookings, at('2026-11-26T09:30:00'))).toEqual({ ok: false, refusal: { kind: 'conflict', reason: '活动已开始，不能取消' } })
    expect(decideSessionCancel(CALLED_OFF, bookings, NOW)).toEqual({ ok: false, refusal: { kind: 'conflict', reason: '这场活动已经取消了' } })
  })
})

describe('at the door', () => {
  const booked = { status: 'booked' as const, childName: '乐乐' }

  test('a booked family is checked in until the session ends', () => {
    expect(decideCheckIn({ session: SESSION, booking: booked, now: at('2026-11-26T09:00:00') })).toEqual({ ok: true, booking: booked, status: 'checked-in' })
    expect(decideCheckIn({ session: SESSION, booking: booked, now: at('2026-11-26T10:30:00') }).ok).toBe(true)
    expect(decideCheckIn({ session: SESSION, booking: booked, now: at('2026-11-26T10:31:00') })).toEqual({
      ok: false,
      refusal: { kind: 'conflict', reason: '活动已结束，不能再签到' },
    })
  })

  test('a code nobody holds is not found, shown at the code', () => {
    expect(decideCheckIn({ session: SESSION, booking: undefined, now: NOW })).toEqual({
      ok: false,
      refusal: { kind: 'not-found', field: 'code', reason: '这场活动没有这个签到码，请核对' },
    })
  })

  test('twice, or for a cancelled or no-show booking, or in a session called off: refused', () => {
    expect(decideCheckIn({ session: SESSION, booking: { status: 'checked-in', childName: '乐乐' }, now: NOW })).toEqual({
      ok: false,
      refusal: { kind: 'conflict', reason: '乐乐已经签到过了' },
    })
    for (const status of ['cancelled', 'no-show'] as const) {
      expect(decideCheckIn({ session: SESSION, booking: { status, childName: '乐乐' }, now: NOW })).toEqual({
        ok: false,
        refusal: { kind: 'conflict', reason: '这条预约已取消或已标记未到场' },
      })
    }
    expect(decideCheckIn({ session: CALLED_OFF, booking: booked, now: NOW })).toEqual({ ok: false, refusal: { kind: 'conflict', reason: '这场活动已取消，不能签到' } })
  })

  test('no-shows are marked from the start: the booked families not checked in, never the waiting ones', () => {
    const bookings = [bk(1, 'booked'), bk(2, 'checked-in'), bk(3, 'waitlisted'), bk(4, 'cancelled'), bk(5, 'booked')]
    expect(decideNoShows(SESSION, bookings, at('2026-11-26T09:29:00'))).toEqual({ ok: false, refusal: { kind: 'conflict', reason: '活动开始后才能标记未到场' } })
    const marked = decideNoShows(SESSION, bookings, at('2026-11-26T09:30:00'))
    expect(marked.ok && ids(marked.marked)).toEqual(['bk-1', 'bk-5'])
    expect(decideNoShows(SESSION, [bk(2, 'checked-in')], at('2026-11-26T11:00:00'))).toEqual({ ok: true, marked: [] })
  })
})
