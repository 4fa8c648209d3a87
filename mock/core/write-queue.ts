import type { MockArea } from './area'
import type { ChangedPart } from './change-tracker'
import { applyWrites, changeWrites, wholeAreaWrites, type Writes } from './persistence'
import type { KeyValueStorage } from './storage'

/** How soon after a change the app writes it on a phone: taps in a row go out together. */
const IDLE_FLUSH_MS = 300

export interface LoadedArea {
  area: MockArea<unknown>
  state: unknown
}

/** Per area, what is still to be written: everything, or the records and fields that changed. */
type Pending = Map<string, { whole: boolean; parts: ChangedPart[] }>

interface WriteQueueOptions {
  storage: KeyValueStorage
  areas: Map<string, LoadedArea>
  now: () => number
  mode: 'each-call' | 'when-idle'
  onSaveFailed?: (error: unknown) => void
}

/**
 * What the backend has changed and not yet stored, and the writing of it: before a call answers
 * ('each-call'), or gathered and written shortly after, one flush at a time ('when-idle').
 * Nothing is lost when a write fails: its changes go back to the queue and are tried again.
 */
export function createWriteQueue({ storage, areas, now, mode, onSaveFailed }: WriteQueueOptions) {
  const pending: Pending = new Map()
  let flushing: Promise<void> | null = null
  let flushTimer: ReturnType<typeof setTimeout> | null = null

  /** Marks parts of an area as changed (null: the whole area). */
  function changed(name: string, parts: ChangedPart[] | null): void {
    const entry = pending.get(name) ?? { whole: false, parts: [] }
    if (parts === null) entry.whole = true
    else entry.parts.push(...parts)
    pending.set(name, entry)
  }

  /** The writes for everything pending, computed now (so they hold the state as it is now). */
  function takeWrites(): { writes: Writes; taken: Pending } {
    const taken: Pending = new Map(pending)
    pending.clear()
    const writes: Writes = []
    const at = now()
    for (const [name, entry] of taken) {
      const loaded = areas.get(name)
      if (!loaded) continue
      writes.push(...(entry.whole ? wholeAreaWrites(storage, loaded.area, loaded.state, at) : changeWrites(storage, loaded.area, loaded.state, entry.parts, at)))
    }
    return { writes, taken }
  }

  /** What could not be written goes back to pending, to be tried again with the next changes. */
  function restore(taken: Pending): void {
    for (const [name, entry] of taken) changed(name, entry.whole ? null : entry.parts)
  }

  function writeNow(): void {
    if (pending.size === 0) return
    const { writes, taken } = takeWrites()
    try {
      applyWrites(storage, writes)
    } catch (error) {
      restore(taken)
      throw error
    }
  }

  async function flush(): Promise<void> {
    if (flushTimer) clearTimeout(flushTimer)
    flushTimer = null
    // One flush at a time: each computes its writes from what the previous one stored.
    while (flushing) await flushing
    if (pending.size === 0) return
    const { writes, taken } = takeWrites()
    flushing = (async () => {
      try {
        for (const { key, value } of writes) {
          if (value === null) await (storage.removeLater ? storage.removeLater(key) : storage.remove(key))
          else await (storage.setLater ? storage.setLater(key, value) : storage.set(key, value))
        }
      } catch (error) {
        restore(taken)
        onSaveFailed?.(error)
      } finally {
        flushing = null
      }
    })()
    await flushing
  }

  /** After a call: written before it answers, or gathered and written when the phone is idle. */
  function persist(): void {
    if (pending.size === 0) return
    if (mode !== 'when-idle') return writeNow()
    if (!flushTimer) flushTimer = setTimeout(() => void flush(), IDLE_FLUSH_MS)
  }

  return { changed, persist, flush }
}
