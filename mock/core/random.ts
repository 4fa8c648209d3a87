/**
 * Random bytes for session tokens and check-in codes, from the platform's cryptographic source:
 * Web Crypto in browsers, Node and Jest. The WeChat runtime's only source, wx.getRandomValues, is
 * asynchronous while handlers are synchronous, so on weapp the app tops up a pool from it at
 * start (topUpRandomPool) and tokens draw on that. Fallback, where neither exists (an old base
 * library before it answered): Math.random mixed with the time — tokens there guard nothing more
 * than a demo on one phone, whose data never leaves it.
 */
type Crypto = { getRandomValues<T extends Uint8Array>(array: T): T }

/** Enough for the rooms seed's check-in codes (~4 KB) and many sign-ins after it. */
export const POOL_MAX = 65_536
const pool: number[] = []

/** Adds bytes from an asynchronous source (wx.getRandomValues) for later synchronous use. */
export function topUpRandomPool(bytes: ArrayLike<number>): void {
  for (let i = 0; i < bytes.length; i += 1) pool.push(bytes[i] & 0xff)
  if (pool.length > POOL_MAX) pool.splice(0, pool.length - POOL_MAX)
}

function webCrypto(): Crypto | null {
  const candidate = (globalThis as { crypto?: Partial<Crypto> }).crypto
  return typeof candidate?.getRandomValues === 'function' ? (candidate as Crypto) : null
}

// Small draws are served from one larger draw: seeding 亲子小屋 makes hundreds of check-in codes,
// and a call into the platform's crypto each time cost ~60 ms of a slow phone's first tap.
// Each byte is handed out once.
const BATCH = 1024
let batch = new Uint8Array(0)
let used = 0

export function randomBytes(count: number): Uint8Array {
  const crypto = webCrypto()
  if (crypto) {
    if (count > BATCH) return crypto.getRandomValues(new Uint8Array(count))
    if (used + count > batch.length) {
      batch = crypto.getRandomValues(new Uint8Array(BATCH))
      used = 0
    }
    used += count
    return batch.slice(used - count, used)
  }
  const bytes = new Uint8Array(count)
  for (let i = 0; i < count; i += 1) {
    const pooled = pool.pop()
    bytes[i] = pooled !== undefined ? pooled : Math.floor(Math.random() * 256) ^ ((Date.now() >> (i % 8)) & 0xff)
  }
  return bytes
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** `length` characters of [a-z0-9], each drawn without modulo bias. */
export function randomText(length: number, alphabet = ALPHABET): string {
  let out = ''
  const limit = 256 - (256 % alphabet.length)
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length]
    }
  }
  return out
}
