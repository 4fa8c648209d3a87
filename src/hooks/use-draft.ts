import { useCallback, useState } from 'react'
import { taroStorage } from '@/services/taro-storage'

const PREFIX = 'family-app:draft:'

function readDraft<T>(key: string): T | null {
  const raw = taroStorage.get(PREFIX + key)
  if (raw === null) return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

/**
 * Forgets every unsaved draft on this phone. Called when someone signs out or another identity
 * signs in: drafts can hold sensitive answers (a pregnancy, a child) the next person must not see.
 */
export function clearAllDrafts(): void {
  const keys = taroStorage.keys()
  for (const key of keys) if (key.startsWith(PREFIX)) taroStorage.remove(key)
}

/**
 * Forgets the drafts whose keys start with any of `prefixes` (e.g. `family:u-parent`): what was
 * typed for data whose consent has just been withdrawn must not wait on the phone to be saved.
 */
export function clearDrafts(prefixes: string[]): void {
  const keys = taroStorage.keys()
  for (const key of keys) {
    if (key.startsWith(PREFIX) && prefixes.some((prefix) => key.slice(PREFIX.length).startsWith(prefix))) taroStorage.remove(key)
  }
}

/**
 * Unsaved form input that survives a reload, a failed submit and a closed app: every change is
 * written to local storage under `key` until the form is saved or the user discards it.
 * `draft` is null while there are no unsaved edits; the form then shows the saved data.
 */
export function useDraft<T>(key: string) {
  const [draft, setDraftState] = useState<T | null>(() => readDraft<T>(key))
  const [restoredAtOpen] = useState(() => draft !== null)

  const setDraft = useCallback(
    (next: T) => {
      taroStorage.set(PREFIX + key, JSON.stringify(next))
      setDraftState(next)
    },
    [key],
  )

  const clearDraft = useCallback(() => {
    taroStorage.remove(PREFIX + key)
    setDraftState(null)
  }, [key])

  return { draft, setDraft, clearDraft, restoredAtOpen }
}
