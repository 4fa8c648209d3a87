/**
 * What the in-process backend tells the pages about the phone's storage, to tell the person:
 * plain channels with no Taro API, so the first page load carries no dialog code for so rare a
 * message. A listener hears the current value at once and every change after.
 */
function channel<T>(initial: T) {
  let value = initial
  const listeners = new Set<(value: T) => void>()
  return {
    get: () => value,
    set(next: T): void {
      value = next
      for (const listener of listeners) listener(value)
    },
    listen(listener: (value: T) => void): () => void {
      listeners.add(listener)
      listener(value)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * Saved data the backend could not use (unreadable, or the wrong shape): set aside, its area
 * started again. The areas set aside since the person last dismissed the message.
 */
const setAside = channel<readonly string[]>([])

export function reportDataSetAside(area: string): void {
  if (!setAside.get().includes(area)) setAside.set([...setAside.get(), area])
}
export const onDataSetAside = setAside.listen
export const dismissDataSetAside = (): void => setAside.set([])

/**
 * Changes the backend could not store (the phone's storage is full). They are kept in memory and
 * tried again with the next change; the person is told they may be lost on closing.
 */
const saveFailed = channel(false)

export const reportSaveFailed = (): void => saveFailed.set(true)
export const onSaveFailed = saveFailed.listen
export const dismissSaveFailed = (): void => saveFailed.set(false)
