import { array, assert, boolean, constantFrom, integer, property, record } from 'fast-check'
import { addSession, bookingsOf, bookingsOfUser, sessionsOfRoom } from '../../mock/areas/rooms/indexes'
import { bookOrWait, cancelBooking } from '../../mock/areas/rooms/ops'
import { roomsArea } from '../../mock/areas/rooms'
import type { RoomsState, SessionRecord } from '../../mock/areas/rooms/state'
import type { MockArea } from '../../mock/core/area'
import { beginTransaction } from '../../mock/core/change-tracker'
import { applyWrites, changeWrites, readStoredArea, wholeAreaWrites } from '../../mock/core/persistence'
import { createMemoryStorage } from '../../mock/core/storage'
import { isActive } from '@/domain/booking'
import { ServiceError } from '@/contract/errors'

/**
 * The rooms indexes (bookings by session and by family, sessions by room) and the stored state
 * under random sequences of calls, each run as the backend runs a write: through a transaction,
 * sometimes failing at the end and rolled back. After every call each index must agree with a
 * recount from the records, and what is stored must be exactly what is in memory.
 */
const RUNS = 300
const NOW = Date.parse('2026-11-24T10:00:00+08:00')
const ROOMS = ['room-cuiyuan', 'room-wenxin']
const area = roomsArea as unknown as MockArea<unknown>

const session = (id: string, roomId: string, capacity: number): SessionRecord => ({
  id,
  roomId,
  date: '2026-11-26',
  start: '09:30',
  end: '10:30',
  activity: '亲子绘本共读',
  ageMin: 0,
  ageMax: 36,
  capacity,
})

type Op = { kind: 'book' | 'wait' | 'cancel' | 'session'; family: number; target: number; fails: boolean }
const opArb = record({
  kind: constantFrom<Op['kind']>('book', 'wait', 'cancel', 'session'),
  family: integer({ min: 1, max: 6 }),
  target: integer({ min: 0, max: 7 }),
  fails: boolean(),
})

const ids = (records: Array<{ id: string }>) => records.map((each) => each.id)

function expectIndexesAgree(state: RoomsState): void {
  const bookings = Object.values(state.bookings)
  for (const sessionId of Object.keys(state.sessions)) expect(ids(bookingsOf(state, sessionId))).toEqual(ids(bookings.filter((b) => b.sessionId === sessionId)))
  for (const userId of new Set(bookings.map((b) => b.userId))) expect(ids(bookingsOfUser(state, userId))).toEqual(ids(bookings.filter((b) => b.userId === userId)))
  for (const roomId of ROOMS) expect(ids(sessionsOfRoom(state, roomId))).toEqual(ids(Object.values(state.sessions).filter((s) => s.roomId === roomId)))
}

function apply(tracked: RoomsState, op: Op, sessions: string[]): void {
  const userId = `f-${op.family}`
  if (op.kind === 'session') {
    addSession(tracked, session(`s-${++tracked.seq}`, ROOMS[op.target % ROOMS.length], 1 + (op.target % 3)))
    return
  }
  if (op.kind === 'cancel') {
    const mine = bookingsOfUser(tracked, userId).filter((b) => isActive(b.status))
    if (mine.length > 0) cancelBooking(tracked, mine[op.target % mine.length], NOW)
    return
  }
  const target = tracked.sessions[sessions[op.target % sessions.length]]
  bookOrWait(tracked, {
    session: target,
    userId,
    child: { id: `c-${op.family}`, name: '孩子', birthDate: '2025-06-01' },
    carers: 1,
    phone: '13800000000',
    now: NOW,
    waitlist: op.kind === 'wait',
  })
}

function run(ops: Op[]): void {
  const state: RoomsState = { sessions: {}, bookings: {}, messages: {}, seq: 0 }
  for (const [index, roomId] of ROOMS.entries()) state.sessions[`s-seed-${index}`] = session(`s-seed-${index}`, roomId, 2)
  const storage = createMemoryStorage()
  applyWrites(storage, wholeAreaWrites(storage, area, state, NOW))
  // An index built before the first call, as a read would have built it.
  expectIndexesAgree(state)

  for (const op of ops) {
    const transaction = beginTransaction()
    const tracked = transaction.track('rooms', state)
    try {
      apply(tracked, op, Object.keys(state.sessions))
      if (op.fails) throw new ServiceError('INTERNAL', '写完之后失败')
      applyWrites(storage, changeWrites(storage, area, state, transaction.changed(), NOW))
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      transaction.rollback()
    }
    expectIndexesAgree(state)
    expect(readStoredArea(storage, 'rooms')!.state).toEqual(JSON.parse(JSON.stringify(state)))
  }
}

describe('rooms indexes and stored state under random calls', () => {
  it(`agree with a recount and with memory after every call (${RUNS} runs)`, () => {
    assert(property(array(opArb, { maxLength: 40 }), (ops) => run(ops)), { numRuns: RUNS })
  })
})
