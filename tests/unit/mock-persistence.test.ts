/**
 * How the mock backend stores its areas: per collection, in shards, a write storing only what it
 * touched, never a partial state, and (on a phone) written when idle rather than before answering.
 */
import { roomsArea } from '../../mock/areas/rooms'
import type { RoomsState } from '../../mock/areas/rooms/state'
import { array, string } from 'valibot'
import { defineContractArea, type MockArea } from '../../mock/core/area'
import { methods } from '@/contract/method'
import { nothing } from '@/contract/schema-kit'
import { createMockBackend, type MockBackendOptions } from '../../mock/backend'
import { applyWrites, areaKey, changeWrites, readStoredArea, SHARD_SPLIT_CHARS, wholeAreaWrites } from '../../mock/core/persistence'
import { createMemoryStorage, type KeyValueStorage } from '../../mock/core/storage'
import type { RpcResponse } from '@/contract/rpc'
import { createTestClock, DEFAULT_NOW } from '../support/clock'
import { storedState } from '../support/stored-area'

// Tuesday 2026-11-24 10:00; 翠苑's Wednesday 09:30 亲子绘本共读 has one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
const rooms = roomsArea as unknown as MockArea<never>

const data = <T>(response: RpcResponse): T => {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
  return response.data as T
}

function open(storage: KeyValueStorage, options: Partial<MockBackendOptions> = {}) {
  const backend = createMockBackend({ storage, now: createTestClock().now, latency: () => 0, areas: [rooms], ...options })
  let keys = 0
  const call = async <T>(token: string | null, method: string, payload: unknown = null): Promise<T> =>
    data<T>(await backend.handle({ method, payload, token, idempotencyKey: `k-${++keys}` }))
  const signIn = async (identityId = 'u-parent') => (await call<{ token: string }>(null, 'auth.signIn', { identityId })).token
  const book = async (token: string) => call<{ id: string; status: string }>(token, 'rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 })
  return { backend, call, signIn, book }
}

/** Every key and value stored, to see which a call rewrote. */
const contents = (storage: ReturnType<typeof createMemoryStorage>) => new Map(storage.keys().map((key) => [key, storage.get(key)]))

describe('mock backend storage', () => {
  it('a booking rewrites the shards of the records it touched, not the area', async () => {
    const storage = createMemoryStorage()
    const phone = open(storage)
    const token = await phone.signIn()
    const before = contents(storage)
    const roomsKeys = [...before.keys()].filter((key) => key.startsWith(`${areaKey('rooms')}/`))
    expect(roomsKeys.length).toBeGreaterThan(2)
    await phone.book(token)
    const after = contents(storage)
    const rewritten = [...after.keys()].filter((key) => key.startsWith(areaKey('rooms')) && after.get(key) !== before.get(key))
    // The manifest, and the one shard holding the new booking (the session itself is unchanged).
    expect(rewritten).toHaveLength(2)
    expect(rewritten).toContain(areaKey('rooms'))
    expect(rewritten.filter((key) => key.includes('/bookings/'))).toHaveLength(1)
    expect(storage.get(`${areaKey('rooms')}:journal`)).toBeNull()
  })

  it('stores what a call changed on the caller’s own record (a consent), and a reload shows it', async () => {
    const storage = createMemoryStorage()
    const phone = open(storage)
    const token = await phone.signIn('u-instructor')
    await phone.call(token, 'profile.grantConsent', { scope: 'family-health' })
    const reloaded = open(storage)
    const consents = await reloaded.call<Array<{ scope: string; givenAt: string | null }>>(token, 'profile.consents')
    expect(consents.find((consent) => consent.scope === 'family-health')?.givenAt).toEqual(expect.any(String))
  })

  it('keeps every key under the split size, however big a collection grows', () => {
    const storage = createMemoryStorage()
    const state = roomsArea.seed({ now: DEFAULT_NOW, today: '2026-11-24' })
    const template = Object.values(state.bookings)[0]
    for (let i = 0; i < 3000; i += 1) state.bookings[`bk-grown-${i}`] = { ...template, id: `bk-grown-${i}`, childName: `孩子${i}号` }
    applyWrites(storage, wholeAreaWrites(storage, roomsArea as unknown as MockArea<unknown>, state, DEFAULT_NOW))
    const sizes = storage.keys().map((key) => storage.get(key)!.length)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SHARD_SPLIT_CHARS)
    expect(Object.keys(storedState<RoomsState>(storage, 'rooms').bookings)).toHaveLength(Object.keys(state.bookings).length)
    // Every booking changed at once (a migration of the collection): the journal comes in pieces too.
    for (const booking of Object.values(state.bookings)) booking.carers = 2
    const writes = changeWrites(storage, roomsArea as unknown as MockArea<unknown>, state, [{ area: 'rooms', collection: null, key: 'bookings' }], DEFAULT_NOW)
    expect(Math.max(...writes.map((write) => write.value?.length ?? 0))).toBeLessThanOrEqual(SHARD_SPLIT_CHARS)
    applyWrites(storage, writes)
    expect(Object.values(storedState<RoomsState>(storage, 'rooms').bookings).every((booking) => booking.carers === 2)).toBe(true)
  })

  it('a save cut short after its journal is completed from the journal when the app starts again', async () => {
    const storage = createMemoryStorage()
    const first = open(storage)
    const token = await first.signIn()
    // The phone is switched off mid-save: the journal is written, then no shard is.
    const failing: KeyValueStorage = {
      ...storage,
      set: (key, value) => {
        if (key.includes('/bookings/')) throw new Error('power lost')
        storage.set(key, value)
      },
    }
    const cut = open(failing)
    const cutToken = await cut.signIn()
    await expect(cut.book(cutToken)).rejects.toThrow('power lost')
    expect(storage.get(`${areaKey('rooms')}:journal`)).not.toBeNull()
    const restarted = open(storage)
    const mine = await restarted.call<Array<{ session: { id: string } }>>(token, 'rooms.myBookings')
    expect(mine.map((booking) => booking.session.id)).toContain(LAST_PLACE)
    expect(storage.get(`${areaKey('rooms')}:journal`)).toBeNull()
  })

  it('reads a hand-edited shard holding a __proto__ key as an own key, touching no prototype', () => {
    const storage = createMemoryStorage()
    const state = roomsArea.seed({ now: DEFAULT_NOW, today: '2026-11-24' })
    applyWrites(storage, wholeAreaWrites(storage, roomsArea as unknown as MockArea<unknown>, state, DEFAULT_NOW))
    const shard = storage.keys().find((key) => key.includes('/messages/'))!
    storage.set(shard, '{"__proto__":{"polluted":true}}')
    const messages = (readStoredArea(storage, 'rooms')!.state as RoomsState).messages
    expect(Object.keys(messages)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(messages)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads the one-blob layout of earlier releases and stores it per collection', async () => {
    const state = roomsArea.seed({ now: DEFAULT_NOW, today: '2026-11-24' })
    const legacy = JSON.stringify({ schemaVersion: roomsArea.schemaVersion, savedAt: DEFAULT_NOW, state })
    const storage = createMemoryStorage({ [areaKey('rooms')]: legacy })
    const told: string[] = []
    const phone = open(storage, { onDataSetAside: (area) => told.push(area) })
    const token = await phone.signIn()
    expect((await phone.call<Array<{ id: string }>>(token, 'rooms.myBookings')).length).toBe(2)
    expect(told).toEqual([])
    expect(JSON.parse(storage.get(areaKey('rooms'))!)).toMatchObject({ layout: 2, schemaVersion: roomsArea.schemaVersion })
    expect(storedState<RoomsState>(storage, 'rooms')).toEqual(JSON.parse(JSON.stringify(state)))
  })

  describe('record versions per collection', () => {
    interface Diary {
      entries: Record<string, { text: string; mood?: string }>
      tags: Record<string, { name: string }>
    }
    /** A small area whose entries' shape changes at v2 (a mood added); its tags never change. */
    const diary = (entriesVersion: number) =>
      defineContractArea({
        name: 'diary',
        schemaVersion: 1,
        seed: (): Diary => ({ entries: { 'e-1': { text: '第一天' }, 'e-2': { text: '第二天' } }, tags: { 't-1': { name: '家' } } }),
        collections: { entries: { version: entriesVersion, migrations: { 1: (record) => ({ ...(record as object), mood: '平静' }) } } },
        contract: methods({ 'diary.list': { summary: '日记', payload: nothing, result: array(string()) } }),
        handlers: { 'diary.list': { access: 'public', handle: ({ state }) => Object.values(state.entries).map((entry) => `${entry.text}${entry.mood ?? ''}`) } },
      }) as unknown as MockArea<never>
    const list = async (storage: KeyValueStorage, entriesVersion: number, told: string[] = []) => {
      const backend = createMockBackend({ storage, latency: () => 0, areas: [diary(entriesVersion)], onDataSetAside: (area) => told.push(area) })
      return data<string[]>(await backend.handle({ method: 'diary.list', payload: null, token: null }))
    }
    const tagsKey = (storage: ReturnType<typeof createMemoryStorage>) => storage.keys().find((key) => key.startsWith(`${areaKey('diary')}/`) && key.includes('/tags/'))!

    it('migrates only the collection whose records changed shape, and stores only it again', async () => {
      const storage = createMemoryStorage()
      expect(await list(storage, 1)).toEqual(['第一天', '第二天'])
      const tags = tagsKey(storage)
      const tagsBefore = storage.get(tags)
      storage.set(tags, tagsBefore!.replace('家', '家人'))
      expect(await list(storage, 2)).toEqual(['第一天平静', '第二天平静'])
      // The tags shard was not written again (the hand-made edit is still there), the entries were.
      expect(storage.get(tags)).toContain('家人')
      expect(JSON.parse(storage.get(areaKey('diary'))!).versions).toEqual({ entries: 2 })
      expect(await list(storage, 2)).toEqual(['第一天平静', '第二天平静'])
    })

    it('sets aside an area whose records are at a version no migration reaches, and says so once', async () => {
      const storage = createMemoryStorage()
      await list(storage, 1)
      const told: string[] = []
      // Kept aside, and the area starts again from its seed.
      expect(await list(storage, 3, told)).toEqual(['第一天', '第二天'])
      expect(told).toEqual(['diary'])
      expect(storage.get(`${areaKey('diary')}:backup-entries-v2`)).toBeNull()
      expect(storage.get(`${areaKey('diary')}:backup-entries-v1`)).toContain('第一天')
    })
  })

  describe('on a phone (written when idle)', () => {
    it('answers at once, stores shortly after, and what is stored is what a reload shows', async () => {
      jest.useFakeTimers()
      try {
        const storage = createMemoryStorage()
        const phone = open(storage, { persist: 'when-idle' })
        const token = await phone.signIn()
        await phone.backend.flush()
        const booked = await phone.book(token)
        expect(storedState<RoomsState>(storage, 'rooms').bookings[booked.id]).toBeUndefined()
        jest.runOnlyPendingTimers()
        await phone.backend.flush()
        expect(storedState<RoomsState>(storage, 'rooms').bookings[booked.id]).toMatchObject({ status: 'booked', sessionId: LAST_PLACE })
        const reloaded = open(storage)
        expect((await reloaded.call<Array<{ id: string }>>(token, 'rooms.myBookings')).map((booking) => booking.id)).toContain(booked.id)
      } finally {
        jest.useRealTimers()
      }
    })

    it('keeps what could not be stored, says so, and stores it with the next save', async () => {
      const storage = createMemoryStorage()
      let full = false
      const phoneStorage: KeyValueStorage = {
        ...storage,
        setLater: async (key, value) => {
          if (full) throw new Error('storage full')
          storage.set(key, value)
        },
      }
      const failures: unknown[] = []
      const phone = open(phoneStorage, { persist: 'when-idle', onSaveFailed: (error) => failures.push(error) })
      const token = await phone.signIn()
      await phone.backend.flush()
      full = true
      const booked = await phone.book(token)
      await phone.backend.flush()
      expect(failures).toHaveLength(1)
      expect(storedState<RoomsState>(storage, 'rooms').bookings[booked.id]).toBeUndefined()
      // Still there for the person: reads come from memory.
      expect((await phone.call<Array<{ id: string }>>(token, 'rooms.myBookings')).map((booking) => booking.id)).toContain(booked.id)
      full = false
      await phone.call(token, 'rooms.readMessages')
      await phone.backend.flush()
      expect(storedState<RoomsState>(storage, 'rooms').bookings[booked.id]).toMatchObject({ status: 'booked' })
      expect(readStoredArea(storage, 'rooms')!.schemaVersion).toBe(roomsArea.schemaVersion)
    })
  })
})
