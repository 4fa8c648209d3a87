import type { MockArea } from './area'
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
 * Never a partial state: changed records are first written to journal parts, then the journal
 * key that commits them, then the shards; then the journal goes. A load finds a leftover journal
 * and applies it (the records in it are then stored again). A whole
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
  /** Per collection, the version of its records' shape (MockArea.collections); 1 when absent. */
  versions?: Record<string, number>
}

/**
 * An area as stored, put together: also the layout before issue 15, one JSON blob of the whole
 * state under the manifest's key (still read, and converted on load).
 */
export interface StoredArea {
  schemaVersion: number
  savedAt: number
  state: unknown
  /** Only in the per-collection layout: each collection's record version. */
  versions?: Record<string, number>
}

/**
 * The commit point of a save: written after its parts (the changed records, in pieces no bigger
 * than a shard, under `family-mock:<area>/journal/<n>`) and before any shard.
 */
interface Journal {
  generation: number
  savedAt: number
  fields: Record<string, unknown>
  /** How many part keys hold the changed records. */
  parts: number
}

/** Per collection, each changed record's new value (null: removed). */
type JournalRecords = Record<string, Record<string, unknown>>

/** A shard this long (in UTF-16 units: ≤ 3 bytes each) is split in two at the next save. */
export const SHARD_SPLIT_CHARS = 80_000
/** What a shard aims at when a whole collection is laid out. */
const SHARD_TARGET_CHARS = 40_000

type State = Record<string, unknown>

export function areaKey(name: string): string {
  return `${STORAGE_PREFIX}${name}`
}
export const journalKey = (name: string) => `${areaKey(name)}:journal`
const journalPartKey = (name: string, part: number) => `${areaKey(name)}/journal/${part}`
const shardKey = (name: string, generation: number, collection: string, shard: number) => `${areaKey(name)}/g${generation}/${collection}/${shard}`

/** The record versions an area's code expects, per collection (1 unless it says otherwise). */
const currentVersions = (area: MockArea<unknown>): Record<string, number> =>
  Object.fromEntries(Object.entries(area.collections ?? {}).map(([name, collection]) => [name, collection.version]))

export const isCollection = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

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

/**
 * Stored data is outside the app's control (a hand-edited storage): a key such as `__proto__`
 * read from it stays an own key, as JSON.parse made it, rather than going through the setter.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
}
function assignOwn(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) setOwn(target, key, source[key])
}

function readJson(raw: string | null): unknown {
  if (!raw) return null
  return JSON.parse(raw) as unknown
}

/** The area's manifest; null when nothing, an older layout or something unreadable is stored. */
export function readManifest(storage: KeyValueStorage, name: string): Manifest | null {
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
  const manifest: Manifest = { layout: 2, schemaVersion: area.schemaVersion, savedAt, generation, fields, shards, versions: currentVersions(area) }
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
  const records: JournalRecords = {}
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
  const pieces = journalParts(records)
  const journal: Journal = { generation: manifest.generation, savedAt, fields, parts: pieces.length }
  const writes: Writes = pieces.map((piece, index) => ({ key: journalPartKey(area.name, index), value: piece }))
  writes.push({ key: journalKey(area.name), value: JSON.stringify(journal) })
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
  const next: Manifest = { ...manifest, savedAt, fields, shards, versions: currentVersions(area) }
  writes.push({ key: areaKey(area.name), value: JSON.stringify(next) })
  writes.push({ key: journalKey(area.name), value: null })
  pieces.forEach((_, index) => writes.push({ key: journalPartKey(area.name, index), value: null }))
  return writes
}

/** The changed records as JSON pieces of at most about a shard's size each. */
function journalParts(records: JournalRecords): string[] {
  const parts: string[] = []
  let current: JournalRecords = {}
  let size = 0
  for (const [collection, changed] of Object.entries(records)) {
    for (const [key, record] of Object.entries(changed)) {
      const length = JSON.stringify(record).length + key.length
      if (size > 0 && size + length > SHARD_TARGET_CHARS) {
        parts.push(JSON.stringify(current))
        current = {}
        size = 0
      }
      ;(current[collection] ??= {})[key] = record
      size += length
    }
  }
  parts.push(JSON.stringify(current))
  return parts
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
export function readStoredArea(storage: KeyValueStorage, name: string): StoredArea | null {
  const raw = storage.get(areaKey(name))
  if (!raw) return null
  const stored = JSON.parse(raw) as Manifest | StoredArea
  if (typeof stored?.schemaVersion !== 'number') throw new Error('no schema version')
  if (!('layout' in stored) || stored.layout !== 2) return stored as StoredArea
  const state: State = { ...stored.fields }
  for (const [collection, count] of Object.entries(stored.shards)) {
    const records: Record<string, unknown> = {}
    for (let index = 0; index < count; index += 1) {
      const shard = readJson(storage.get(shardKey(name, stored.generation, collection, index)))
      if (!isCollection(shard)) throw new Error(`shard ${collection}/${index} missing`)
      assignOwn(records, shard)
    }
    state[collection] = records
  }
  let savedAt = stored.savedAt
  const journal = readJson(storage.get(journalKey(name))) as Journal | null
  if (journal && journal.generation === stored.generation) {
    assignOwn(state, journal.fields)
    const records: JournalRecords = {}
    for (let index = 0; index < journal.parts; index += 1) {
      const part = readJson(storage.get(journalPartKey(name, index))) as JournalRecords | null
      if (!part) throw new Error(`journal part ${index} missing`)
      for (const [collection, changed] of Object.entries(part)) assignOwn((records[collection] ??= {}), changed)
    }
    for (const [collection, changed] of Object.entries(records)) {
      const target = (state[collection] ?? (state[collection] = {})) as Record<string, unknown>
      for (const [key, record] of Object.entries(changed)) {
        if (record === null) delete target[key]
        else setOwn(target, key, record)
      }
    }
    savedAt = journal.savedAt
  }
  return { schemaVersion: stored.schemaVersion, savedAt, state, versions: stored.versions ?? {} }
}
