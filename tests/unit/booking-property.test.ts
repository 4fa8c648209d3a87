import { array, assert, constantFrom, integer, property, record } from 'fast-check'
import { isActive, isConfirmed } from '@/domain/booking'
import { ServiceError } from '@/contract/errors'
import { bookingsOf } from '../../mock/areas/rooms/indexes'
import { bookOrWait, cancelBooking, confirmedCount } from '../../mock/areas/rooms/ops'
import type { RoomsState, SessionRecord } from '../../mock/areas/rooms/state'

/**
 * The booking rules of the mock backend under random interleavings: up to 50 book, join-waitlist
 * and cancel operations by up to 20 families on one session of capacity C. Each operation is one
 * synchronous check-and-write, as the backend runs it; the model below is what a fair queue does.
 */
const RUNS = 2000
const NOW = Date.parse('2026-11-24T10:00:00+08:00')
const SESSION: SessionRecord = {
  id: 's-1',
  roomId: 'room-cuiyuan',
  date: '2026-11-26',
  start: '09:30',
  end: '10:30',
  activity: '亲子绘本共读',
  ageMin: 0,
  ageMax: 36,
  capacity: 1,
}

type Op = { kind: 'book' | 'wait' | 'cancel'; family: number }

const opArb = record({ kind: constantFrom<Op['kind']>('book', 'wait', 'cancel'), family: integer({ min: 1, max: 20 }) })

function run(capacity: number, ops: Op[]): void {
  const session = { ...SESSION, capacity }
  const state: RoomsState = { sessions: { [session.id]: session }, bookings: {}, messages: {}, seq: 0 }
  // The model: who holds a place, and the queue in order of joining.
  const queue: string[] = []

  for (const op of ops) {
    const userId = `f-${op.family}`
    const mine = Object.values(state.bookings).find((b) => b.userId === userId && isActive(b.status))
    if (op.kind === 'cancel') {
      if (!mine) continue
      const wasConfirmed = isConfirmed(mine.status)
      const expectedNext = wasConfirmed ? queue[0] : undefined
      const promoted = cancelBooking(state, mine, NOW)
      if (!wasConfirmed) queue.splice(queue.indexOf(mine.id), 1)
      // First come, first served: a freed place goes to the head of the queue, and only to it.
      expect(promoted.map((b) => b.id)).toEqual(expectedNext ? [expectedNext] : [])
      if (expectedNext) queue.shift()
    } else {
      const wasFull = confirmedCount(state, session.id) >= capacity
      try {
        const booking = bookOrWait(state, {
          session,
          userId,
          child: { id: `c-${op.family}`, name: '孩子', birthDate: '2025-06-01' },
          carers: 1,
          phone: '13800000000',
          now: NOW,
          waitlist: op.kind === 'wait',
        })
        expect(mine).toBeUndefined()
        if (booking.status === 'waitlisted') queue.push(booking.id)
        expect(booking.status).toBe(wasFull ? 'waitlisted' : 'booked')
      } catch (error) {
        expect(error).toBeInstanceOf(ServiceError)
        // Refused only for a second booking by the same family, or a plain book when full.
        expect(Boolean(mine) || (op.kind === 'book' && wasFull)).toBe(true)
      }
    }

    const active = Object.values(state.bookings).filter((b) => isActive(b.status))
    const confirmed = active.filter((b) => isConfirmed(b.status)).length
    const placesLeft = Math.max(0, capacity - confirmed)
    expect(confirmed).toBeLessThanOrEqual(capacity)
    expect(confirmed + placesLeft).toBe(capacity)
    // The bookings-by-session index agrees with a recount from scratch, in order.
    expect(bookingsOf(state, session.id).map((b) => b.id)).toEqual(Object.keys(state.bookings))
    expect(confirmedCount(state, session.id)).toBe(confirmed)
    expect(new Set(active.map((b) => b.userId)).size).toBe(active.length)
    // Nobody waits while a place is free.
    if (queue.length > 0) expect(confirmed).toBe(capacity)
    expect(
      active
        .filter((b) => b.status === 'waitlisted')
        .sort((a, b) => a.seq - b.seq)
        .map((b) => b.id),
    ).toEqual(queue)
  }
}

test(`booking invariants hold for ${RUNS} random interleavings`, () => {
  assert(
    property(integer({ min: 1, max: 8 }), array(opArb, { maxLength: 50 }), (capacity, ops) => run(capacity, ops)),
    { numRuns: RUNS },
  )
})
