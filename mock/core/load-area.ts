import { safeParse } from 'valibot'
import type { MockArea, SeedContext } from './area'
import type { ChangedPart } from './change-tracker'
import { applyWrites, areaKey, changeWrites, isCollection, journalKey, readManifest, readStoredArea, wholeAreaWrites, type StoredArea } from './persistence'
import type { KeyValueStorage } from './storage'

/**
 * Loads an area's saved state, migrating it forward one version at a time. Data that cannot be
 * read or migrated is kept under a backup key before the area starts again from its seed, so a
 * bad release never silently destroys what users did. Returns the writes still to do (a fresh
 * seed, a migrated or converted layout): the caller saves them now or when the phone is idle.
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
  const loaded = readArea(storage, area, context, resetAt, onSetAside)
  const generic = area as MockArea<unknown>
  if (loaded.save === 'whole') applyWrites(storage, wholeAreaWrites(storage, generic, loaded.state, context.now))
  else if (loaded.save.length > 0) applyWrites(storage, changeWrites(storage, generic, loaded.state, loaded.save, context.now))
  return loaded.state
}

/**
 * An area's state from storage, and what must be stored again: the whole area (a seed, an
 * area-wide migration, an older layout) or only the collections whose records were migrated.
 */
export function readArea<S>(
  storage: KeyValueStorage,
  area: MockArea<S>,
  context: SeedContext,
  resetAt = 0,
  onSetAside: (area: string) => void = () => {},
): { state: S; save: 'whole' | ChangedPart[] } {
  const key = areaKey(area.name)
  const fresh = () => ({ state: area.seed(context), save: 'whole' as const })
  const raw = storage.get(key)
  if (!raw) return fresh()
  let stored: StoredArea
  try {
    stored = readStoredArea(storage, area.name)!
  } catch {
    storage.set(`${key}:unreadable`, raw)
    onSetAside(area.name)
    return fresh()
  }
  if ((stored.savedAt ?? 0) < resetAt) return fresh()
  // Kept aside as one readable blob, whichever layout it was stored in.
  const setAside = (suffix: string) => {
    storage.set(`${key}:${suffix}`, readManifest(storage, area.name) ? JSON.stringify(stored) : raw)
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

  // Then each collection's records, from the version they were stored at, one step at a time.
  const migratedCollections: string[] = []
  for (const [name, collection] of Object.entries(area.collections ?? {})) {
    let from = stored.versions?.[name] ?? 1
    if (from >= collection.version) continue
    const records = (state as Record<string, unknown>)[name]
    if (!isCollection(records)) continue
    const start = from
    try {
      while (from < collection.version) {
        const migrate = collection.migrations?.[from]
        if (!migrate) break
        for (const [recordKey, record] of Object.entries(records)) records[recordKey] = migrate(record, recordKey, context)
        from += 1
      }
    } catch {
      return setAside(`backup-${name}-v${start}`)
    }
    if (from !== collection.version) return setAside(`backup-${name}-v${start}`)
    migratedCollections.push(name)
  }

  // A wrong shape (a bad release, a hand-edited storage) would fail every call of the area for
  // good: keep it aside for whoever investigates and start again from the seed.
  if (area.stateSchema && !safeParse(area.stateSchema, state).success) return setAside(`invalid-v${version}`)
  const converted = readManifest(storage, area.name) === null || storage.get(journalKey(area.name)) !== null
  const migrated = stored.schemaVersion !== area.schemaVersion
  if (migrated || converted) return { state: state as S, save: 'whole' }
  return { state: state as S, save: migratedCollections.map((name) => ({ area: area.name, collection: null, key: name })) }
}
