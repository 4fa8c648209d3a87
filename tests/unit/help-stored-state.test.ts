/**
 * Stored 暖心服务 state is checked when it is loaded: a wrong shape is kept under a backup key, the
 * area starts again from its seed and the app is told once, instead of every call answering
 * INTERNAL for good. What the backend itself writes is never set aside.
 */
import { safeParse } from 'valibot'
import { helpArea } from '../../mock/areas/help'
import { HelpStateSchema, type HelpState } from '../../mock/areas/help/state'
import type { MockArea, SeedContext } from '../../mock/core/area'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage, type KeyValueStorage } from '../../mock/core/storage'
import type { RpcResponse } from '@/contract/rpc'
import { createTestClock, DEFAULT_NOW, type TestClock } from '../support/clock'
import { BATHING_REQUEST } from '../support/help-request'
import { storedState, storedText } from '../support/stored-area'
import { readStoredArea } from '../../mock/core/persistence'

const KEY = 'family-mock:help'
const VERSION = helpArea.schemaVersion
const context: SeedContext = { now: DEFAULT_NOW, today: '2026-11-24' }
const area = helpArea as unknown as MockArea<never>
const REQUEST = BATHING_REQUEST

const data = <T>(response: RpcResponse): T => {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
  return response.data as T
}

function start(storage: KeyValueStorage, told: string[], clock: TestClock = createTestClock()) {
  const backend = createMockBackend({ storage, now: clock.now, latency: () => 0, areas: [area], onDataSetAside: (name) => told.push(name) })
  let keys = 0
  const call = async <T>(token: string | null, method: string, payload: unknown = null): Promise<T> =>
    data<T>(await backend.handle({ method, payload, token, idempotencyKey: `k-${++keys}` }))
  const signIn = async (identityId: string) => (await call<{ token: string }>(null, 'auth.signIn', { identityId })).token
  return { call, signIn }
}

/** The seed, as it is stored (through JSON), with one change made to it. */
function seededWith(change: (state: HelpState) => void): unknown {
  const state = JSON.parse(JSON.stringify(helpArea.seed(context))) as HelpState
  change(state)
  return state
}
const firstRequest = (state: HelpState) => state.requests['help-1'] as unknown as Record<string, unknown>

describe('stored 暖心服务 state', () => {
  it('the seed, as stored, has the shape', () => {
    const seeded = helpArea.seed(context)
    expect(safeParse(HelpStateSchema, seeded).success).toBe(true)
    expect(safeParse(HelpStateSchema, JSON.parse(JSON.stringify(seeded))).success).toBe(true)
  })

  it.each([
    ['an empty object', {}],
    ['requests as a list', seededWith((state) => Object.assign(state, { requests: Object.values(state.requests) }))],
    ['nextId as text', seededWith((state) => Object.assign(state, { nextId: '4' }))],
    ['a request whose urgent is text', seededWith((state) => Object.assign(firstRequest(state), { urgent: 'yes' }))],
    ['a request whose createdAt is a date string', seededWith((state) => Object.assign(firstRequest(state), { createdAt: '2026-10-29T10:00:00.000Z' }))],
    ['a status outside the set', seededWith((state) => Object.assign(firstRequest(state), { status: 'done' }))],
    ['a type outside the set', seededWith((state) => Object.assign(firstRequest(state), { type: 'legal' }))],
    ['a care profile whose birth year is text', seededWith((state) => Object.assign(state.careProfiles['u-special'], { birthYear: '1964' }))],
    ['a timeline as one object', seededWith((state) => Object.assign(firstRequest(state), { timeline: { at: 1, actorId: 'u-contact', action: '已受理', note: '' } }))],
  ])('%s is set aside, re-seeded, told once, and the family’s requests answer', async (_name, state) => {
    const broken = JSON.stringify({ schemaVersion: VERSION, savedAt: DEFAULT_NOW, state })
    const storage = createMemoryStorage({ [KEY]: broken })
    const told: string[] = []
    const { call, signIn } = start(storage, told)
    const token = await signIn('u-special')
    expect(await call(token, 'help.mine')).toEqual([])
    expect((await call<{ contacts: unknown[] }>(token, 'help.overview')).contacts).toHaveLength(2)
    expect(storage.get(`${KEY}:invalid-v${VERSION}`)).toBe(broken)
    expect(told).toEqual(['help'])
    // Re-seeded: 王桂英's three requests are back.
    expect(Object.keys(storedState<HelpState>(storage, 'help').requests)).toEqual(['help-1', 'help-2', 'help-3'])
    // Once: the re-seeded state loads cleanly next time.
    start(storage, told)
    expect(told).toEqual(['help'])
  })

  it('keeps what the backend wrote: requests submitted, accepted, scheduled, done, rated, returned, cancelled', async () => {
    const storage = createMemoryStorage()
    const clock = createTestClock()
    const told: string[] = []
    const first = start(storage, told, clock)
    const family = await first.signIn('u-special')
    const contact = await first.signIn('u-contact')
    const other = await first.signIn('u-special-2')
    await first.call(family, 'help.consent')
    const bathing = await first.call<{ id: string }>(family, 'help.submit', { request: REQUEST })
    const call = await first.call<{ id: string }>(family, 'help.submit', { request: { ...REQUEST, type: 'emotional', volunteerKind: null, callOnly: true, urgent: true } })
    await first.call(contact, 'help.act', { id: bathing.id, action: 'accept' })
    await first.call(contact, 'help.act', { id: bathing.id, action: 'schedule', visit: { date: '2026-11-27', time: '09:30', visitor: '李慧敏和助浴志愿者' } })
    await first.call(contact, 'help.act', { id: call.id, action: 'return', note: '这类需求请先拨打暖心热线' })
    await first.call(other, 'help.act', { id: 'help-3', action: 'cancel', note: '家里人回来陪我了' })
    clock.set(Date.parse('2026-11-27T11:00:00+08:00'))
    await first.call(contact, 'help.act', { id: bathing.id, action: 'complete', note: '助浴顺利，老人情绪很好' })
    await first.call(contact, 'help.act', { id: bathing.id, action: 'follow-up', satisfaction: 5, note: '家属很满意' })
    await first.call(family, 'help.act', { id: bathing.id, action: 'rate', stars: 5, note: '谢谢你们' })

    const saved = storedText(storage, 'help')
    const stored = storedState<HelpState>(storage, 'help')
    expect(stored.requests[bathing.id]).toMatchObject({ status: 'followed-up', visit: { time: '09:30' }, rating: { stars: 5 }, consentEpoch: expect.any(Number) })
    expect(stored.requests[call.id].status).toBe('returned')
    expect(stored.requests['help-3'].status).toBe('cancelled')

    const second = start(storage, told, clock)
    expect(told).toEqual([])
    expect(storage.get(`${KEY}:invalid-v${VERSION}`)).toBeNull()
    expect(storedText(storage, 'help')).toBe(saved)
    const detail = await second.call<{ status: string; rating: unknown }>(family, 'help.detail', { id: bathing.id })
    expect(detail).toMatchObject({ status: 'followed-up', rating: { stars: 5, comment: '谢谢你们' } })
    expect(await second.call<unknown[]>(family, 'help.mine')).toHaveLength(2)
  })

  it('checks the shape after migrating: v1 state with the old consents loads without being set aside', () => {
    const v1 = JSON.stringify({ schemaVersion: 1, savedAt: DEFAULT_NOW, state: { ...helpArea.seed(context), consents: { 'u-special-2': '2026-10-01T00:00:00.000Z' } } })
    const storage = createMemoryStorage({ [KEY]: v1 })
    const told: string[] = []
    start(storage, told)
    expect(told).toEqual([])
    const stored = readStoredArea(storage, 'help') as { schemaVersion: number; state: HelpState & { consents?: unknown } }
    expect(stored.schemaVersion).toBe(VERSION)
    expect(stored.state.consents).toBeUndefined()
    expect(Object.keys(stored.state.requests)).toHaveLength(3)
  })
})
