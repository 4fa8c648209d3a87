import { useCallback, useEffect, useState } from 'react'
import type { LoadStatus } from '../components/list-state'
import { userMessage } from '../services'

/** Loads data for a page with loading, error (with a Chinese message) and retry. */
export function useLoader<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [data, setData] = useState<T | null>(null)
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')

  // The caller names what the load depends on (its closure is new on every render).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps)

  const reload = useCallback(async () => {
    setStatus('loading')
    try {
      setData(await run())
      setStatus('ready')
    } catch (caught) {
      setError(userMessage(caught))
      setStatus('error')
    }
  }, [run])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, setData, status, error, reload }
}
