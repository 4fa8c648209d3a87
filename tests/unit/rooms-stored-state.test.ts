/**
 * Stored rooms state is checked when it is loaded: a wrong shape (the reported defect: `{}`
 * answered INTERNAL on every call, for good) is kept under a backup key, the area starts again
 * from its seed and the app is told once. What the backend itself writes is never set aside.
 */
import { safeParse } from 'valibot'
import { roomsArea } from '../../mock/areas/rooms'
import { RoomsStateSchema, type RoomsState } from '../../mock/areas/rooms/state'
import type { MockArea, SeedContext } from '../../mock/core/area'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage, type KeyValueStorage } from '../../mock/core/storage'
import type { RpcResponse } from '@/contract/rpc'
import { createTestClock, DEFAULT_NOW } from '../support/clock'
import { storedState, storedText } from '../support/stored-area'
import { readStoredArea } from '../../mock/core/persistence'

const KEY = 'family-mock:rooms'
const VERSION = roomsArea.schemaVersion
const context: SeedContext = { now: DEFAULT_NOW, today: '2026-11-24' }
// Tuesday 2026-11-24 10:00; 翠苑's Wednesday 09:30 亲子绘本共读 has one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
const area = roomsArea as unknown as MockArea<never>

const data = <T>(response: RpcResponse): T => {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
  return response.data as T
}

function start(storage: KeyValueStorage, told: string[]) {
  const backend = createMockBackend({ storage, now: createTestClock().now, latency: () => 0, areas: [area], onDataSetAside: (name) => told.push(name) })
  let keys = 0
  const call = async <T>(token: string | null, method: string, payload: unknown = null): Promise<T> =>
    data<T>(await backend.handle({ method, payload, token, idempotencyKey: `k-${++keys}` }))
  const signIn = async (identityId: string) => (await call<{ token: string }>(null, 'auth.signIn', { identityId })).token
  return { call, signIn }
}

/** The seed, as it is stored (through JSON), with one change made to it. */
function seededWith(change: (state: RoomsState) => void): unknown {
  const state = JSON.parse(JSON.stringify(roomsArea.seed(context))) as RoomsState
  change(state)
  return state
}
const someBooking = (state: RoomsState) => Object.values(state.bookings)[0] as unknown as Record<string, unknown>
const someSession = (state: RoomsState) => Object.values(state.sessions)[0] as unknown as Record<string, unknown>

describe('stored rooms state', () => {
  it('the seed, as stored, has the shape', () => {
    const seeded = roomsArea.seed(context)
    expect(Object.keys(seeded.bookings).length).toBeGreaterThan(50)
    expect(safeParse(RoomsStateSchema, seeded).success).toBe(true)
    expect(safeParse(RoomsStateSchema, JSON.parse(JSON.stringify(seeded))).success).toBe(true)
  })

  it.each([
    ['an empty object (the reported defect)', {}],
    ['sessions as a list', seededWith((state) => Object.assign(state, { sessions: Object.values(state.sessions) }))],
    ['bookings missing', seededWith((state) => Object.assign(state, { bookings: undefined }))],
    ['a booking whose seq is text', seededWith((state) => Object.assign(someBooking(state), { seq: '7' }))],
    ['a booking status outside the set', seededWith((state) => Object.assign(someBooking(state), { status: 'pending' }))],
    ['a session whose capacity is text', seededWith((state) => Object.assign(someSession(state), { capacity: '8' }))],
    ['a time change answered outside the set', seededWith((state) => Object.assign(someBooking(state), { change: { from: { date: '2026-11-25', start: '09:30', end: '10:30' }, at: '2026-11-24T02:00:00.000Z', answer: 'maybe' } }))],
    ['a family’s messages as one object', seededWith((state) => Object.assign(state.messages, { 'u-parent': { id: 'msg-1', text: '你好', at: '2026-11-24T02:00:00.000Z', read: false } }))],
  ])('%s is set aside, re-seeded, told once, and 我的预约 answers', async (_name, state) => {
    const broken = JSON.stringify({ schemaVersion: VERSION, savedAt: DEFAULT_NOW, state })
    const storage = createMemoryStorage({ [KEY]: broken })
    const told: string[] = []
    const { call, signIn } = start(storage, told)
    const token = await signIn('u-parent')
    const mine = await call<Array<{ childName: string; status: string }>>(token, 'rooms.myBookings')
    expect(mine.map((booking) => `${booking.childName}:${booking.status}`).sort()).toEqual(['乐乐:booked', '乐乐:checked-in'])
    expect(storage.get(`${KEY}:invalid-v${VERSION}`)).toBe(broken)
    expect(told).toEqual(['rooms'])
    // Once: the re-seeded state loads cleanly next time.
    start(storage, told)
    expect(told).toEqual(['rooms'])
  })

  it('keeps what the backend wrote: booking, waitlist, cancelling, a moved and a cancelled session', async () => {
    const storage = createMemoryStorage()
    const told: string[] = []
    const first = start(storage, told)
    const lin = await first.signIn('u-parent')
    const wang = await first.signIn('u-parent-2')
    const chen = await first.signIn('u-instructor')
    const booked = await first.call<{ id: string }>(lin, 'rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 2 })
    const waiting = await first.call<{ id: string; status: string }>(wang, 'rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1, notify: 'subscribe' })
    expect(waiting.status).toBe('waitlisted')
    await first.call(lin, 'rooms.cancel', { bookingId: booked.id })
    const session = await first.call<Record<string, unknown>>(chen, 'rooms.session', { id: LAST_PLACE })
    await first.call(chen, 'rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...session, start: '11:00', end: '12:00' } })
    await first.call(wang, 'rooms.answerChange', { bookingId: waiting.id, answer: 'keep' })
    await first.call(lin, 'rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 })
    await first.call(wang, 'rooms.readMessages')
    await first.call(chen, 'rooms.cancelSession', { sessionId: LAST_PLACE, reason: '小屋停电检修，本场暂停' })

    const saved = storedText(storage, 'rooms')
    const stored = storedState<RoomsState>(storage, 'rooms')
    // Every optional part of a record is in there, so the check has met each of them.
    expect(stored.sessions[LAST_PLACE].cancelled).toBeDefined()
    expect(stored.bookings[waiting.id]).toMatchObject({ cancelledBy: 'room', change: { answer: 'kept' }, subscribed: false })
    expect(stored.wechat).toHaveLength(1)
    expect(stored.messages['u-parent-2'].length).toBeGreaterThan(1)

    const second = start(storage, told)
    expect(told).toEqual([])
    expect(storage.get(`${KEY}:invalid-v${VERSION}`)).toBeNull()
    expect(storedText(storage, 'rooms')).toBe(saved)
    const mine = await second.call<Array<{ id: string; status: string; roomCancelReason: string | null }>>(wang, 'rooms.myBookings')
    expect(mine.find((booking) => booking.id === waiting.id)).toMatchObject({ status: 'cancelled', roomCancelReason: '小屋停电检修，本场暂停' })
  })

  it('checks the shape after migrating: a v1 seed loads without being set aside', async () => {
    const v1 = JSON.stringify({ schemaVersion: 1, savedAt: DEFAULT_NOW, state: roomsArea.seed(context) })
    const storage = createMemoryStorage({ [KEY]: v1 })
    const told: string[] = []
    const { call, signIn } = start(storage, told)
    expect((await call<unknown[]>(await signIn('u-parent'), 'rooms.myBookings')).length).toBe(2)
    expect(told).toEqual([])
    expect(readStoredArea(storage, 'rooms')!.schemaVersion).toBe(VERSION)
  })
})
