import { useCallback, useRef, useState } from 'react'
import { newIdempotencyKey, ServiceError } from '../services'

export interface SubmitState {
  pending: boolean
  error: ServiceError | null
}

/**
 * Runs a write once at a time and keeps one idempotency key for it until it succeeds, so a
 * double tap or a retry after a network error cannot create the thing twice.
 */
export function useSubmit<A extends unknown[], R>(action: (idempotencyKey: string, ...args: A) => Promise<R>) {
  const key = useRef(newIdempotencyKey())
  const running = useRef(false)
  const [state, setState] = useState<SubmitState>({ pending: false, error: null })

  const submit = useCallback(
    async (...args: A): Promise<{ ok: true; value: R } | { ok: false; error: ServiceError }> => {
      if (running.current) return { ok: false, error: new ServiceError('CONFLICT', '正在提交，请稍候') }
      running.current = true
      setState({ pending: true, error: null })
      try {
        const value = await action(key.current, ...args)
        key.current = newIdempotencyKey()
        setState({ pending: false, error: null })
        return { ok: true, value }
      } catch (caught) {
        const error = caught instanceof ServiceError ? caught : new ServiceError('INTERNAL')
        setState({ pending: false, error })
        return { ok: false, error }
      } finally {
        running.current = false
      }
    },
    [action],
  )

  const clearError = useCallback(() => setState((s) => ({ ...s, error: null })), [])
  return { ...state, submit, clearError }
}
