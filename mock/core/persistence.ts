import { safeParse } from 'valibot'
import type { MockArea, SeedContext } from './area'
import type { ChangedPart } from './change-tracker'
import type { KeyValueStorage } from './storage'

export const STORAGE_PREFIX = 'family-mock:'

/**
 * How an area is stored. Its manifest, under `family-mock:<area>`, holds the schema version, the
 * time of the save, the area's fields (everything that is not a collection of records) and, per
 * collection, how many shards it is spread over; each shard is a key of its own
 * (`family-mock:<area>/g<generation>/<collection>/<n>`) holding the records whose key hashes to
 * it. A write saves only the shards of the records it changed, so no key grows with the data
 * beyond SHARD_SPLIT_CHARS and a write costs what it touched, not the whole area.
 *
 * Never a partial state: changed records are first written to a journal key, then to their
 * shards, then the journal is removed; a load finds a leftover journal and applies it. A whole
 * area (a seed, a reset, a migration) is written under a new generation and switched to by the
 * manifest, the one key written last; the old generation's keys are removed after.
 */
interface Manifest {
  layout: 2
  schemaVersion: number
  /** Epoch ms of the save: data saved before the last demo reset is stale. */
  savedAt: number
  generation: number
  fields: Record<string, unknown>
  shards: Record<string, number>
}

/** The layout before issue 15: one JSON blob of the whole state. Still read (and converted). */
interface LegacyStored {
  schemaVersion: number
  savedAt: number
  state: unknown
}

interface Journal {
  generation: number
  savedAt: number
  fields: Record<string, unknown>
  /** Per collection, each changed record's new value (null: removed). */
  records: Record<string, Record<string, unknown>>
}

/** A shard this long (in UTF-16 units: ≤ 3 bytes each) is split in two at the next save. */
export const SHARD_SPLIT_CHARS = 80_000
/** What a shard aims at when a whole collection is laid out. */
const SHARD_TARGET_CHARS = 40_000

type State = Record<string, unknown>

export function areaKey(name: string): string {
  return `${STORAGE_PREFIX}${name}`
}
const journalKey = (name: string) => `${areaKey(name)}:journal`
const shardKey = (name: string, generation: number, collection: string, shard: number) => `${areaKey(name)}/g${generation}/${collection}/${shard}`

const isCollection = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** FNV-1a: a record's shard from its key, the same on every load. */
function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % shards
}

function split(state: State): { fields: State; collections: Record<string, Record<string, unknown>> } {
  const fields: State = {}
  const collections: Record<string, Record<string, unknown>> = {}
  for (const [name, value] of Object.entries(state)) {
    if (isCollection(value)) collections[name] = value
    else fields[name] = value
  }
  return { fields, collections }
}

function readJson(raw: string | null): unknown {
  if (!raw) return null
  return JSON.parse(raw) as unknown
}

/** The area's manifest; null when nothing, an older layout or something unreadable is stored. */
function readManifest(storage: KeyValueStorage, name: string): Manifest | null {
  try {
    const stored = readJson(storage.get(areaKey(name))) as Manifest | null
    return stored?.layout === 2 ? stored : null
  } catch {
    return null
  }
}

/** Writes, in order, the keys a save needs: sync now, or through the storage's async calls. */
export type Writes = Array<{ key: string; value: string | null }>

/** A collection laid out over as many shards as keep each near SHARD_TARGET_CHARS, as JSON. */
function shardsFor(records: Record<string, unknown>): string[] {
  // Each record is turned into JSON once; the shards are those pieces joined.
  const pieces = Object.entries(records).map(([key, record]) => [key, `${JSON.stringify(key)}:${JSON.stringify(record)}`] as const)
  const size = pieces.reduce((sum, [, piece]) => sum + piece.length + 1, 2)
  let count = 1
  while (size / count > SHARD_TARGET_CHARS) count *= 2
  const shards: string[][] = Array.from({ length: count }, () => [])
  for (const [key, piece] of pieces) shards[shardOf(key, count)].push(piece)
  return shards.map((shard) => `{${shard.join(',')}}`)
}

/** The writes that store a whole area under a new generation (seed, reset, migration, legacy). */
export function wholeAreaWrites(storage: KeyValueStorage, area: MockArea<unknown>, state: unknown, savedAt: number): Writes {
  const old = readManifest(storage, area.name)
  const generation = (old?.generation ?? 0) + 1
  const { fields, collections } = split(state as State)
  const writes: Writes = []
  const shards: Record<string, number> = {}
  for (const [collection, records] of Object.entries(collections)) {
    const laid = shardsFor(records)
    shards[collection] = laid.length
    laid.forEach((shard, index) => writes.push({ key: shardKey(area.name, generation, collection, index), value: shard }))
  }
  const manifest: Manifest = { layout: 2, schemaVersion: area.schemaVersion, savedAt, generation, fields, shards }
  writes.push({ key: areaKey(area.name), value: JSON.stringify(manifest) })
  // The previous generation goes: every shard key of the area not written now (found through the
  // storage's key list when it has one, so shards of an unreadable manifest go too).
  const written = new Set(writes.map((write) => write.key))
  const stale = new Set<string>()
  if (old) {
    for (const [collection, count] of Object.entries(old.shards)) {
      for (let index = 0; index < count; index += 1) stale.add(shardKey(area.name, old.generation, collection, index))
    }
  }
  for (const key of storage.keys?.() ?? []) if (key.startsWith(`${areaKey(area.name)}/`)) stale.add(key)
  for (const key of stale) if (!written.has(key)) writes.push({ key, value: null })
  writes.push({ key: journalKey(area.name), value: null })
  return writes
}

/**
 * The writes that store what a call (or several) changed: the journal, the changed shards, the
 * manifest, the journal removed. A collection that outgrew its shards is laid out again whole.
 */
export function changeWrites(storage: KeyValueStorage, area: MockArea<unknown>, state: unknown, parts: ChangedPart[], savedAt: number): Writes {
  const manifest = readManifest(storage, area.name)
  const { fields, collections } = split(state as State)
  if (!manifest || manifest.schemaVersion !== area.schemaVersion) return wholeAreaWrites(storage, area, state, savedAt)
  const changed = new Map<string, Set<string>>()
  for (const part of parts) {
    if (part.collection !== null) {
      if (!changed.has(part.collection)) changed.set(part.collection, new Set())
      changed.get(part.collection)!.add(part.key)
    } else if (isCollection((state as State)[part.key]) || manifest.shards[part.key] !== undefined) {
      // A collection replaced (or removed) as a whole: every one of its records may have changed.
      changed.set(part.key, new Set([...Object.keys(collections[part.key] ?? {}), ...shardKeysOf(storage, area.name, manifest, part.key)]))
    }
  }
  const records: Journal['records'] = {}
  const dirtyShards = new Map<string, Set<number>>()
  const shards = { ...manifest.shards }
  for (const [collection, keys] of changed) {
    const current = collections[collection] ?? {}
    const count = shards[collection] ?? 1
    shards[collection] = count
    records[collection] = {}
    for (const key of keys) {
      records[collection][key] = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : null
      if (!dirtyShards.has(collection)) dirtyShards.set(collection, new Set())
      dirtyShards.get(collection)!.add(shardOf(key, count))
    }
  }
  const journal: Journal = { generation: manifest.generation, savedAt, fields, records }
  const writes: Writes = [{ key: journalKey(area.name), value: JSON.stringify(journal) }]
  for (const [collection, indexes] of dirtyShards) {
    const count = shards[collection]
    const current = collections[collection] ?? {}
    const laid: Array<Record<string, unknown>> = Array.from({ length: count }, () => ({}))
    for (const [key, record] of Object.entries(current)) {
      const index = shardOf(key, count)
      if (indexes.has(index)) laid[index][key] = record
    }
    for (const index of indexes) {
      const value = JSON.stringify(laid[index])
      // One shard grew too big: the whole area goes to a new generation with more shards.
      if (value.length > SHARD_SPLIT_CHARS) return wholeAreaWrites(storage, area, state, savedAt)
      writes.push({ key: shardKey(area.name, manifest.generation, collection, index), value })
    }
  }
  const next: Manifest = { ...manifest, savedAt, fields, shards }
  writes.push({ key: areaKey(area.name), value: JSON.stringify(next) })
  writes.push({ key: journalKey(area.name), value: null })
  return writes
}

/** Keys stored for a collection (to find records removed along with a replaced collection). */
function shardKeysOf(storage: KeyValueStorage, name: string, manifest: Manifest, collection: string): string[] {
  const keys: string[] = []
  for (let index = 0; index < (manifest.shards[collection] ?? 0); index += 1) {
    const shard = readJson(storage.get(shardKey(name, manifest.generation, collection, index))) as Record<string, unknown> | null
    if (shard) keys.push(...Object.keys(shard))
  }
  return keys
}

export function applyWrites(storage: KeyValueStorage, writes: Writes): void {
  for (const { key, value } of writes) {
    if (value === null) storage.remove(key)
    else storage.set(key, value)
  }
}

export function saveArea(storage: KeyValueStorage, area: MockArea<unknown>, state: unknown, savedAt: number): void {
  applyWrites(storage, wholeAreaWrites(storage, area, state, savedAt))
}

/**
 * What is stored for an area, in whichever layout (with a leftover journal applied): what a
 * reload would read. Null when nothing is stored; throws on unreadable data.
 */
export function readStoredArea(storage: KeyValueStorage, name: string): LegacyStored | null {
  const raw = storage.get(areaKey(name))
  if (!raw) return null
  const stored = JSON.parse(raw) as Manifest | LegacyStored
  if (typeof stored?.schemaVersion !== 'number') throw new Error('no schema version')
  if (!('layout' in stored) || stored.layout !== 2) return stored as LegacyStored
  const state: State = { ...stored.fields }
  for (const [collection, count] of Object.entries(stored.shards)) {
    const records: Record<string, unknown> = {}
    for (let index = 0; index < count; index += 1) {
      const shard = readJson(storage.get(shardKey(name, stored.generation, collection, index)))
      if (!isCollection(shard)) throw new Error(`shard ${collection}/${index} missing`)
      Object.assign(records, shard)
    }
    state[collection] = records
  }
  let savedAt = stored.savedAt
  const journal = readJson(storage.get(journalKey(name))) as Journal | null
  if (journal && journal.generation === stored.generation) {
    Object.assign(state, journal.fields)
    for (const [collection, records] of Object.entries(journal.records)) {
      const target = (state[collection] ?? (state[collection] = {})) as Record<string, unknown>
      for (const [key, record] of Object.entries(records)) {
        if (record === null) delete target[key]
        else target[key] = record
      }
    }
    savedAt = journal.savedAt
  }
  return { schemaVersion: stored.schemaVersion, savedAt, state }
}

/** Every key an area's data is stored under (manifest, shards, journal), for wiping it. */
export function isAreaStorageKey(key: string, name: string): boolean {
  const base = areaKey(name)
  return key === base || key.startsWith(`${base}/`) || key === journalKey(name)
}

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
  if (loaded.writes) applyWrites(storage, loaded.writes())
  return loaded.state
}

export function readArea<S>(
  storage: KeyValueStorage,
  area: MockArea<S>,
  context: SeedContext,
  resetAt = 0,
  onSetAside: (area: string) => void = () => {},
): { state: S; writes: (() => Writes) | null } {
  const key = areaKey(area.name)
  const generic = area as MockArea<unknown>
  const whole = (state: S) => () => wholeAreaWrites(storage, generic, state, context.now)
  const fresh = () => {
    const seeded = area.seed(context)
    return { state: seeded, writes: whole(seeded) }
  }
  const raw = storage.get(key)
  if (!raw) return fresh()
  let stored: LegacyStored
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
  // A wrong shape (a bad release, a hand-edited storage) would fail every call of the area for
  // good: keep it aside for whoever investigates and start again from the seed.
  if (area.stateSchema && !safeParse(area.stateSchema, state).success) return setAside(`invalid-v${version}`)
  const converted = readManifest(storage, area.name) === null || storage.get(journalKey(area.name)) !== null
  const migrated = stored.schemaVersion !== area.schemaVersion
  return { state: state as S, writes: migrated || converted ? whole(state as S) : null }
}
