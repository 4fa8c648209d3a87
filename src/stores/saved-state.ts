/**
 * What a persisted store reads back when its saved version is not the current one (an older
 * app, or a hand-edited storage): each store's `readSaved` keeps every entry that still has the
 * right shape and drops the rest, so a version bump never silently throws away a user's data
 * (zustand's persist drops everything when a version differs and there is no migrate).
 */
export type Saved = Record<string, unknown>

export const isSaved = (value: unknown): value is Saved => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The own entries of a saved map whose values pass `keep` (user ids are keys: own keys only). */
export function savedEntries<V>(value: unknown, keep: (entry: unknown) => entry is V): Record<string, V> {
  const kept: Record<string, V> = {}
  if (!isSaved(value)) return kept
  for (const key of Object.keys(value)) {
    const entry = value[key]
    if (keep(entry)) Object.defineProperty(kept, key, { value: entry, enumerable: true, writable: true, configurable: true })
  }
  return kept
}

/** persist's `migrate` for a store: whatever the saved version, read what is still valid. */
export function migrateBy<S>(readSaved: (saved: Saved) => S) {
  return (persisted: unknown): S => readSaved(isSaved(persisted) ? persisted : {})
}
