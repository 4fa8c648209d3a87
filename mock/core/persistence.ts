import { safeParse } from 'valibot'
import type { MockArea, SeedContext } from './area'
import type { KeyValueStorage } from './storage'

export const STORAGE_PREFIX = 'family-mock:'

interface StoredArea {
  schemaVersion: number
  /** Epoch ms of the save: data saved before the last demo reset is stale. */
  savedAt: number
  state: unknown
}

export function areaKey(name: string): string {
  return `${STORAGE_PREFIX}${name}`
}

export function saveArea(storage: KeyValueStorage, area: MockArea<unknown>, state: unknown, savedAt: number): void {
  const stored: StoredArea = { schemaVersion: area.schemaVersion, savedAt, state }
  storage.set(areaKey(area.name), JSON.stringify(stored))
}

/**
 * Loads an area's saved state, migrating it forward one version at a time. Data that cannot be
 * read or migrated is kept under a backup key before the area starts again from its seed, so a
 * bad release never silently destroys what users did.
 */
export function loadArea<S>(
  storage: KeyValueStorage,
  area: MockArea<S>,
  context: SeedContext,
  /** Data saved before this instant (the last demo reset) is replaced by the seed. */
  resetAt = 0,
  /** Told when saved data could not be used and was set aside (the app tells the person once). */
  onSetAside: (area: string) => void = () => {},
): S {
  const key = areaKey(area.name)
  const raw = storage.get(key)
  const fresh = (): S => {
    const seeded = area.seed(context)
    saveArea(storage, area as MockArea<unknown>, seeded, context.now)
    return seeded
  }
  if (!raw) return fresh()
  let stored: StoredArea
  try {
    stored = JSON.parse(raw) as StoredArea
    if (typeof stored?.schemaVersion !== 'number') throw new Error('no schema version')
  } catch {
    storage.set(`${key}:unreadable`, raw)
    onSetAside(area.name)
    return fresh()
  }
  if ((stored.savedAt ?? 0) < resetAt) return fresh()
  const setAside = (suffix: string): S => {
    storage.set(`${key}:${suffix}`, raw)
    onSetAside(area.name)
    return fresh()
  }
  let version = stored.schemaVersion
  let state = stored.state
  try {
    while (version < area.schemaVersion) {
      const migrate = area.migrations?.[version]
      if (!migrate) break
      state = migrate(state, context)
      version += 1
    }
  } catch {
    return setAside(`backup-v${stored.schemaVersion}`)
  }
  if (version !== area.schemaVersion) return setAside(`backup-v${stored.schemaVersion}`)
  // A wrong shape (a bad release, a hand-edited storage) would fail every call of the area for
  // good: keep it aside for whoever investigates and start again from the seed.
  if (area.stateSchema && !safeParse(area.stateSchema, state).success) return setAside(`invalid-v${version}`)
  if (stored.schemaVersion !== area.schemaVersion) saveArea(storage, area as MockArea<unknown>, state, context.now)
  return state as S
}
