let counter = 0

/** A key unique enough for one device: time, a counter and randomness. */
export function newIdempotencyKey(): string {
  counter = (counter + 1) % 1_000_000
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
