/**
 * Idempotency keys as the IETF Idempotency-Key draft has them: a key is the caller's, for one
 * method, bound to the body it first came with. The same key and body replay the first answer and
 * change nothing; the same key with another body is refused (IDEMPOTENCY_KEY_REUSED), so an edit
 * made after a lost answer is never silently swallowed by the earlier one.
 *
 * Records live per user under their own storage key (never in the core state), expire after a day
 * and are capped, so no caller can flush another's and no key grows past WeChat's 1 MB per key.
 * They keep the answer itself: a replay must answer what the first call answered,
 * and re-deriving it per method would need a second read path for every write.
 */
import type { RpcResponse } from '@/contract/rpc'
import { STORAGE_PREFIX } from './persistence'
import type { KeyValueStorage } from './storage'

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000
/** Writes one person can leave unanswered-then-retried within a day, and more. */
export const IDEMPOTENCY_PER_USER = 50

interface IdempotencyRecord {
  key: string
  method: string
  bodyHash: string
  at: number
  response: RpcResponse
}

export type Replay = { kind: 'fresh' } | { kind: 'replay'; response: RpcResponse } | { kind: 'reused' }

const storageKey = (userId: string): string => `${STORAGE_PREFIX}idempotency:${userId}`

/** JSON with object keys sorted, so { a, b } and { b, a } are the same body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** FNV-1a over the canonical body, twice with different seeds (64 bits): a fingerprint, not a secret. */
export function bodyHash(body: unknown): string {
  const text = canonical(body)
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x5bd1e995)
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`
}

export function createIdempotencyStore(storage: KeyValueStorage) {
  // Each person's records are read from storage once, then kept in memory: a keyed write would
  // otherwise parse them from storage twice.
  const loaded = new Map<string, IdempotencyRecord[]>()

  function load(userId: string, now: number): IdempotencyRecord[] {
    let records = loaded.get(userId)
    if (!records) {
      records = []
      try {
        const parsed = JSON.parse(storage.get(storageKey(userId)) ?? '[]') as unknown
        if (Array.isArray(parsed)) records = parsed as IdempotencyRecord[]
      } catch {
        // Unreadable records are no records: the worst case is one more write, never a lost one.
      }
      loaded.set(userId, records)
    }
    return records.filter((record) => now - record.at < IDEMPOTENCY_TTL_MS)
  }

  return {
    /** What to do with a keyed call: run it, replay the first answer, or refuse the reused key. */
    check(userId: string, method: string, key: string, body: unknown, now: number): Replay {
      const earlier = load(userId, now).find((record) => record.key === key && record.method === method)
      if (!earlier) return { kind: 'fresh' }
      return earlier.bodyHash === bodyHash(body) ? { kind: 'replay', response: earlier.response } : { kind: 'reused' }
    },
    /** Keeps a successful write's answer for replays. */
    remember(userId: string, method: string, key: string, body: unknown, response: RpcResponse, now: number): void {
      const records = load(userId, now).filter((record) => !(record.key === key && record.method === method))
      records.push({ key, method, bodyHash: bodyHash(body), at: now, response })
      const kept = records.slice(-IDEMPOTENCY_PER_USER)
      loaded.set(userId, kept)
      storage.set(storageKey(userId), JSON.stringify(kept))
    },
    forgetAll(userIds: Iterable<string>): void {
      for (const userId of userIds) {
        loaded.delete(userId)
        storage.remove(storageKey(userId))
      }
    },
  }
}
