import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react'
import { userMessage } from '@/services'

/** Where a load is: ListState draws each (loading, error with retry, the data). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

interface Loaded<T> {
  /** The load (one per value of the deps) that the data and status answer. */
  answers: (() => Promise<T>) | null
  data: T | null
  status: LoadStatus
  error: string
}

/**
 * Loads data for a page with loading, error (with a Chinese message) and retry.
 *
 * Only the latest load is shown: with two quick filter taps the first answer can arrive last
 * (the backend's latency varies), and it must not replace the answer to the second. And when the
 * deps change, the status is 'loading' in that same render, so a page never shows the previous
 * filter's list under the newly chosen chip.
 */
export function useLoader<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ answers: null, data: null, status: 'loading', error: '' })
  const latest = useRef(0)

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on (its closure is new on every render)
  const run = useCallback(load, deps)

  const reload = useCallback(async () => {
    const id = ++latest.current
    setLoaded((current) => ({ ...current, answers: run, status: 'loading' }))
    try {
      const data = await run()
      if (id === latest.current) setLoaded({ answers: run, data, status: 'ready', error: '' })
    } catch (caught) {
      if (id === latest.current) setLoaded((current) => ({ ...current, answers: run, status: 'error', error: userMessage(caught) }))
    }
  }, [run])

  useEffect(() => {
    void reload()
  }, [reload])

  const setData = useCallback((next: SetStateAction<T | null>) => {
    setLoaded((current) => ({ ...current, data: typeof next === 'function' ? (next as (previous: T | null) => T | null)(current.data) : next }))
  }, [])

  const status: LoadStatus = loaded.answers === run ? loaded.status : 'loading'
  return { data: loaded.data, setData, status, error: loaded.error, reload }
}
