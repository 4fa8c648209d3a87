/**
 * For the stored-state tests of each area: the area's storage key, its seed as stored, and a
 * backend over a given storage that reports what it set aside — so each test file states only
 * the wrong shapes and the reads that must still answer.
 */
import type { MockArea } from '../../mock/core/area'
import { createMockBackend } from '../../mock/backend'
import { readStoredArea } from '../../mock/core/persistence'
import { createMemoryStorage, type KeyValueStorage } from '../../mock/core/storage'
import { chinaDate } from '@/domain/dates'
import type { RpcResponse } from '@/contract/rpc'
import { createTestClock, DEFAULT_NOW } from './clock'

const data = (response: RpcResponse) => {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
  return response.data
}

export function storedArea<S>(area: MockArea<S>) {
  const KEY = `family-mock:${area.name}`
  /** Where a state of the wrong shape is kept. */
  const INVALID_KEY = `${KEY}:invalid-v${area.schemaVersion}`
  const seeded = (): S => area.seed({ now: DEFAULT_NOW, today: chinaDate(DEFAULT_NOW) })
  const stored = (state: unknown) => JSON.stringify({ schemaVersion: area.schemaVersion, savedAt: DEFAULT_NOW, state })

  /** A backend over `storage` with only this area, telling `told` which areas it set aside. */
  function open(storage: KeyValueStorage, told: string[]) {
    const areas = [area as unknown as MockArea<never>]
    const backend = createMockBackend({ storage, now: createTestClock().now, latency: () => 0, areas, onDataSetAside: (name) => told.push(name) })
    const call = async (method: string, payload: unknown, token: string | null, idempotencyKey?: string) =>
      data(await backend.handle({ method, payload, token, idempotencyKey }))
    const signIn = async (identityId = 'u-parent') => ((await call('auth.signIn', { identityId }, null)) as { token: string }).token
    return { call, signIn }
  }

  /** The seed stored and loaded twice raises no false alarm. */
  function itKeepsTheStoredSeed(): void {
    it('does not set aside the seeded state stored and reloaded', () => {
      const storage = createMemoryStorage({ [KEY]: stored(seeded()) })
      const told: string[] = []
      open(storage, told)
      open(storage, told)
      expect(told).toEqual([])
      expect(storage.get(INVALID_KEY)).toBeNull()
    })
  }

  /**
   * After a backend opened over `storage` found `broken` stored: it is kept under INVALID_KEY,
   * the person was told once, and opening again (now over the re-seeded state) tells nobody.
   */
  function expectSetAsideOnce(storage: KeyValueStorage, told: string[], broken: string): void {
    expect(storage.get(INVALID_KEY)).toBe(broken)
    expect(told).toEqual([area.name])
    open(storage, told)
    expect(told).toEqual([area.name])
  }

  return { KEY, INVALID_KEY, seeded, stored, open, itKeepsTheStoredSeed, expectSetAsideOnce }
}

/** What a reload would read for an area (manifest, shards and journal put together). */
export function storedState<S>(storage: KeyValueStorage, name: string): S {
  const stored = readStoredArea(storage, name)
  if (!stored) throw new Error(`nothing stored for ${name}`)
  return stored.state as S
}

/** Everything stored for an area as one string, to compare across reloads or search for a text. */
export function storedText(storage: KeyValueStorage, name: string): string {
  return JSON.stringify(readStoredArea(storage, name))
}
