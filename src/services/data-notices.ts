/**
 * Saved data the in-process backend could not use (unreadable, or the wrong shape) is set aside
 * and its area starts again; this is how the pages hear of it, to tell the person once. A plain
 * channel with no Taro API, so the first page load carries no dialog code for so rare a message.
 */
type Listener = (areas: readonly string[]) => void

let setAside: string[] = []
const listeners = new Set<Listener>()

export function reportDataSetAside(area: string): void {
  if (!setAside.includes(area)) setAside = [...setAside, area]
  for (const listener of listeners) listener(setAside)
}

/** The areas set aside since the person last dismissed the message (replayed on subscribe). */
export function onDataSetAside(listener: Listener): () => void {
  listeners.add(listener)
  listener(setAside)
  return () => listeners.delete(listener)
}

export function dismissDataSetAside(): void {
  setAside = []
  for (const listener of listeners) listener(setAside)
}

/**
 * Changes the in-process backend could not store (the phone's storage is full). They are kept in
 * memory and tried again with the next change; the person is told they may be lost on closing.
 */
type SaveListener = (failed: boolean) => void
let saveFailed = false
const saveListeners = new Set<SaveListener>()

export function reportSaveFailed(): void {
  saveFailed = true
  for (const listener of saveListeners) listener(saveFailed)
}

export function onSaveFailed(listener: SaveListener): () => void {
  saveListeners.add(listener)
  listener(saveFailed)
  return () => saveListeners.delete(listener)
}

export function dismissSaveFailed(): void {
  saveFailed = false
  for (const listener of saveListeners) listener(saveFailed)
}
