import type { BookingStatus } from '@/domain/booking'
import { ServiceError, type ErrorCode } from '@/contract/errors'
import { describeContract, type ContractHarness } from '../support/transports'

/**
 * The booking state machine, action × status × actor. 豆豆's booking (王磊, u-parent-2) for 翠苑's
 * Wednesday 亲子绘本共读 is brought to each status, the session having been moved to 11:00–12:00
 * first (so a time-change answer is pending while the booking holds or waits for a place); then
 * every kind of caller tries each action on it. Everyone but the one who may act is refused and
 * nothing changes; the one who may act gets what the rules say, shown as the booking's status after.
 */
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
const STARTED = Date.parse('2026-11-25T11:15:00+08:00')

const STATUSES: BookingStatus[] = ['booked', 'waitlisted', 'checked-in', 'no-show', 'cancelled']
type Actor = 'owner' | 'other-family' | 'instructor' | 'other-instructor' | 'anonymous'
const ACCOUNTS: Record<Exclude<Actor, 'anonymous'>, string> = {
  owner: 'u-parent-2',
  'other-family': 'u-parent',
  instructor: 'u-instructor',
  'other-instructor': 'u-instructor-2',
}

interface Target {
  bookingId: string
  code: string | null
}

interface Action {
  name: string
  /** The one caller the rules are about; every other actor listed in `refused` gets that code. */
  by: Actor
  refused: Partial<Record<Actor, ErrorCode>>
  /** Moves the clock before acting (for actions that only make sense once the session started). */
  at?: number
  run(h: ContractHarness, target: Target, key: string): Promise<unknown>
  /** Per status of the booking before: an error code, or the booking's status after success. */
  expected: Record<BookingStatus, ErrorCode | BookingStatus>
}

const FAMILY_REFUSED: Action['refused'] = { 'other-family': 'NOT_FOUND', instructor: 'FORBIDDEN', 'other-instructor': 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }
const ROOM_REFUSED: Action['refused'] = { owner: 'FORBIDDEN', 'other-family': 'FORBIDDEN', 'other-instructor': 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }
/** Holding or waiting for a place is what can still be given up or answered. */
const HELD = { booked: 'cancelled', waitlisted: 'cancelled', 'checked-in': 'CONFLICT', 'no-show': 'CONFLICT', cancelled: 'CONFLICT' } as const

const ACTIONS: Action[] = [
  {
    name: 'book the same session again',
    by: 'owner',
    refused: { instructor: 'FORBIDDEN', 'other-instructor': 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    run: (h, _target, key) => h.call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: key }),
    // After a cancel the family may book again (a new booking); a no-show's session has started.
    expected: { booked: 'CONFLICT', waitlisted: 'CONFLICT', 'checked-in': 'CONFLICT', 'no-show': 'CONFLICT', cancelled: 'cancelled' },
  },
  {
    name: 'cancel',
    by: 'owner',
    refused: FAMILY_REFUSED,
    run: (h, { bookingId }, key) => h.call('rooms.cancel', { bookingId }, { idempotencyKey: key }),
    expected: HELD,
  },
  {
    name: 'keep the place after the time change',
    by: 'owner',
    refused: FAMILY_REFUSED,
    run: (h, { bookingId }, key) => h.call('rooms.answerChange', { bookingId, answer: 'keep' }, { idempotencyKey: key }),
    expected: { ...HELD, booked: 'booked', waitlisted: 'waitlisted' },
  },
  {
    name: 'release the place after the time change',
    by: 'owner',
    refused: FAMILY_REFUSED,
    run: (h, { bookingId }, key) => h.call('rooms.answerChange', { bookingId, answer: 'release' }, { idempotencyKey: key }),
    expected: HELD,
  },
  {
    name: 'check in by code',
    by: 'instructor',
    refused: ROOM_REFUSED,
    // A waiting family has no code: the nearest an instructor can come is a code nobody holds.
    run: (h, { code }, key) => h.call('rooms.checkIn', { sessionId: LAST_PLACE, code: code ?? '000000' }, { idempotencyKey: key }),
    expected: { booked: 'checked-in', waitlisted: 'NOT_FOUND', 'checked-in': 'CONFLICT', 'no-show': 'CONFLICT', cancelled: 'CONFLICT' },
  },
  {
    name: 'mark no-shows once started',
    by: 'instructor',
    refused: ROOM_REFUSED,
    at: STARTED,
    run: (h, _target, key) => h.call('rooms.markNoShows', { sessionId: LAST_PLACE }, { idempotencyKey: key }),
    expected: { booked: 'no-show', waitlisted: 'waitlisted', 'checked-in': 'checked-in', 'no-show': 'no-show', cancelled: 'cancelled' },
  },
  {
    name: 'one more place, which the first waiting family gets',
    by: 'instructor',
    refused: ROOM_REFUSED,
    run: async (h, _target, key) => {
      const session = await h.call('rooms.session', { id: LAST_PLACE })
      return h.call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...session, capacity: session.capacity + 1 } }, { idempotencyKey: key })
    },
    // A session under way is not edited any more.
    expected: { booked: 'booked', waitlisted: 'booked', 'checked-in': 'checked-in', 'no-show': 'VALIDATION', cancelled: 'cancelled' },
  },
  {
    name: 'call the session off',
    by: 'instructor',
    refused: ROOM_REFUSED,
    run: (h, _target, key) => h.call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: '小屋所在楼层停电检修，本场暂停' }, { idempotencyKey: key }),
    expected: { booked: 'cancelled', waitlisted: 'cancelled', 'checked-in': 'cancelled', 'no-show': 'CONFLICT', cancelled: 'cancelled' },
  },
]

async function actAs(h: ContractHarness, actor: Actor): Promise<void> {
  if (actor === 'anonymous') h.signOutLocally()
  else await h.signInAs(ACCOUNTS[actor])
}

/** 豆豆's booking, brought to `status`. */
async function arrange(h: ContractHarness, status: BookingStatus): Promise<Target> {
  if (status === 'waitlisted') {
    await actAs(h, 'other-family')
    await h.call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'lin-takes-the-last-place' })
  }
  await actAs(h, 'owner')
  const method = status === 'waitlisted' ? 'rooms.joinWaitlist' : 'rooms.book'
  const booking = await h.call(method, { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: 'arrange-book' })
  await actAs(h, 'instructor')
  const session = await h.call('rooms.session', { id: LAST_PLACE })
  await h.call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...session, start: '11:00', end: '12:00' } }, { idempotencyKey: 'arrange-move' })
  if (status === 'checked-in') await h.call('rooms.checkIn', { sessionId: LAST_PLACE, code: booking.code! }, { idempotencyKey: 'arrange-check-in' })
  if (status === 'no-show') {
    h.clock.set(STARTED)
    await h.call('rooms.markNoShows', { sessionId: LAST_PLACE }, { idempotencyKey: 'arrange-no-show' })
  }
  if (status === 'cancelled') {
    await actAs(h, 'owner')
    await h.call('rooms.cancel', { bookingId: booking.id }, { idempotencyKey: 'arrange-cancel' })
  }
  return { bookingId: booking.id, code: booking.code }
}

/** The session's roster (every booking's status) and the owner's view of their bookings. */
async function seen(h: ContractHarness) {
  await actAs(h, 'instructor')
  const roster = await h.call('rooms.roster', { sessionId: LAST_PLACE })
  await actAs(h, 'owner')
  return { roster, mine: await h.call('rooms.myBookings') }
}

async function outcome(call: Promise<unknown>): Promise<ErrorCode | 'ok'> {
  try {
    await call
    return 'ok'
  } catch (error) {
    if (error instanceof ServiceError) return error.code
    throw error
  }
}

describeContract('向日葵亲子小屋 booking state machine', (h) => {
  describe.each(ACTIONS)('$name', (action) => {
    it.each(STATUSES)('on a booking that is %s', async (status) => {
      const target = await arrange(h(), status)
      if (action.at) h().clock.set(action.at)
      const before = await seen(h())
      expect(before.roster.entries.find((entry) => entry.bookingId === target.bookingId)?.status).toBe(status)

      let key = 0
      for (const [actor, code] of Object.entries(action.refused) as [Actor, ErrorCode][]) {
        await actAs(h(), actor)
        expect([actor, await outcome(action.run(h(), target, `try-${++key}`))]).toEqual([actor, code])
      }
      expect(await seen(h())).toEqual(before)

      await actAs(h(), action.by)
      const result = await outcome(action.run(h(), target, 'act'))
      const expected = action.expected[status]
      if (expected === expected.toUpperCase()) {
        expect(result).toBe(expected)
        expect(await seen(h())).toEqual(before)
      } else {
        expect(result).toBe('ok')
        const { roster } = await seen(h())
        expect(roster.entries.find((entry) => entry.bookingId === target.bookingId)?.status).toBe(expected)
      }
    })
  })
})
