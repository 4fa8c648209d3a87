/** The little the mock backend needs from a storage: Taro storage in the app, a Map in Node. */
export interface KeyValueStorage {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
  /** Asynchronous writes (wx.setStorage), used when changes are written while the phone is idle. */
  setLater?(key: string, value: string): Promise<void>
  /** Every key stored (to find leftovers of an unreadable save). */
  keys?(): string[]
  removeLater?(key: string): Promise<void>
}

export function createMemoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { keys(): string[] } {
  const data = new Map(Object.entries(initial))
  return {
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  }
}
