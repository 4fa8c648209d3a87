/**
 * What one call changed, so the backend can undo it (a handler that throws halfway leaves nothing
 * behind) and save only what changed, without copying a whole area before each write.
 *
 * An area's state is an object of collections (plain objects of records by key, e.g.
 * `bookings['bk-1']`) and fields (anything else: numbers, lists). During a write the handler sees
 * the state through proxies: the first change to a record (anywhere inside it) keeps a copy of
 * that record, the first change to a field a copy of that field, and each is marked changed.
 * Reads cost a proxy per object reached; writes cost a copy of the records they touch.
 */

/** A changed record (collection and key) or field (collection null, key = the field's name). */
export interface ChangedPart {
  area: string
  collection: string | null
  key: string
}

const ABSENT = Symbol('absent')
type Saved = unknown | typeof ABSENT

/** Raw objects behind the proxies handed out, so nothing stored is ever a proxy. */
const rawOfProxy = new WeakMap<object, object>()

/** The object behind a tracked proxy (or the value itself). Indexes key on it. */
export function rawOf<T>(value: T): T {
  return (value !== null && typeof value === 'object' ? (rawOfProxy.get(value) as T | undefined) : undefined) ?? value
}

const isCollection = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const copyOf = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))

/** Replaces proxies inside a value about to be stored by the objects behind them. */
function unwrapped(value: unknown, seen = new Set<object>()): unknown {
  if (value === null || typeof value !== 'object') return value
  const raw = rawOfProxy.get(value)
  if (raw) return raw
  if (seen.has(value)) return value
  seen.add(value)
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const inner = record[key]
    if (inner !== null && typeof inner === 'object') {
      const plain = unwrapped(inner, seen)
      if (plain !== inner) record[key] = plain
    }
  }
  return value
}

/**
 * Derived data kept beside a collection (an index by session, by user): a rollback may remove
 * records it has seen, so every cache made here forgets the collections a rollback touched.
 */
const derivedCaches: Array<WeakMap<object, unknown>> = []
export function derivedCache<V>(): WeakMap<object, V> {
  const cache = new WeakMap<object, V>()
  derivedCaches.push(cache as WeakMap<object, unknown>)
  return cache
}

export interface Transaction {
  /** The state as the handler should see it: changes through it are recorded. */
  track<S extends object>(area: string, state: S): S
  /** Everything changed since the transaction began, each part once. */
  changed(): ChangedPart[]
  /** Puts every changed record and field back as it was. */
  rollback(): void
}

/** A transaction's proxies: every set or delete through them calls `remember` with what it changes first. */
function recordingProxies(remember: (part: ChangedPart, holder: Record<string, unknown>) => void) {
  const proxies = new WeakMap<object, object>()

  function proxyOf(target: object, handler: ProxyHandler<object>): object {
    let proxy = proxies.get(target)
    if (!proxy) {
      proxy = new Proxy(target, handler)
      proxies.set(target, proxy)
      rawOfProxy.set(proxy, target)
    }
    return proxy
  }

  /** Anything inside a record or field: any change there is a change of `part`. */
  function inner(target: object, part: ChangedPart, holder: Record<string, unknown>): object {
    return proxyOf(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver)
        return value !== null && typeof value === 'object' ? inner(value, part, holder) : value
      },
      set(object, property, value) {
        remember(part, holder)
        return Reflect.set(object, property, unwrapped(value))
      },
      deleteProperty(object, property) {
        remember(part, holder)
        return Reflect.deleteProperty(object, property)
      },
    })
  }

  /**
   * A state's root (collection null: its keys are fields) or one of its collections (its keys
   * are records): setting or deleting a key changes that field or record; `child` is what
   * reading a key that holds an object gives.
   */
  function keyed(area: string, collection: string | null, target: Record<string, unknown>, child: (value: object, key: string) => object): object {
    const changing = (property: string | symbol) => {
      if (typeof property === 'string') remember({ area, collection, key: property }, target)
    }
    return proxyOf(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver)
        return typeof property === 'string' && value !== null && typeof value === 'object' ? child(value, property) : value
      },
      set(object, property, value) {
        changing(property)
        return Reflect.set(object, property, unwrapped(value))
      },
      deleteProperty(object, property) {
        changing(property)
        return Reflect.deleteProperty(object, property)
      },
    })
  }

  return { inner, keyed }
}

export function beginTransaction(): Transaction {
  const saved = new Map<string, { part: ChangedPart; holder: Record<string, unknown>; value: Saved }>()
  const touchedCollections = new Set<object>()

  function remember(part: ChangedPart, holder: Record<string, unknown>): void {
    const id = `${part.area}\u0000${part.collection ?? ''}\u0000${part.key}`
    if (saved.has(id)) return
    const value = Object.prototype.hasOwnProperty.call(holder, part.key) ? copyOf(holder[part.key]) : ABSENT
    saved.set(id, { part, holder, value })
    touchedCollections.add(holder)
  }

  const { inner, keyed } = recordingProxies(remember)

  const collectionOf = (area: string, name: string, records: Record<string, unknown>): object =>
    keyed(area, name, records, (record, key) => inner(record, { area, collection: name, key }, records))

  return {
    track<S extends object>(area: string, state: S): S {
      const root = rawOf(state) as Record<string, unknown>
      return keyed(area, null, root, (value, key) =>
        isCollection(value) ? collectionOf(area, key, value) : inner(value, { area, collection: null, key }, root),
      ) as S
    },
    changed: () => [...saved.values()].map((entry) => entry.part),
    rollback() {
      for (const { part, holder, value } of [...saved.values()].reverse()) {
        if (value === ABSENT) delete holder[part.key]
        else holder[part.key] = value
      }
      for (const touched of touchedCollections) for (const cache of derivedCaches) cache.delete(touched)
      saved.clear()
    },
  }
}
