/**
 * Lookups by a key that came from outside (an id, an enum value). A plain `record[key]` also finds
 * what every object inherits — `__proto__`, `constructor`, `toString` — so a caller could read,
 * or with `__proto__` write, Object.prototype. These see the record's own keys only.
 */
export function hasOwn(record: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(record, key)
}

/** The record's own value under `key`, or undefined. */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return hasOwn(record, key) ? record[key] : undefined
}
