import { useCallback, useRef, useState } from 'react'
import { newIdempotencyKey, ServiceError } from '@/services'

export interface SubmitState {
  pending: boolean
  error: ServiceError | null
}

const isKeyReused = (error: unknown): boolean => error instanceof ServiceError && error.reason === 'IDEMPOTENCY_KEY_REUSED'

/**
 * Runs a write once at a time and keeps one idempotency key for it while it is retried with the
 * same content, so a double tap or a retry after a network error cannot create the thing twice.
 * Changed content is a new request and gets a new key: the arguments are compared, and content the
 * action reads from elsewhere (form state) is caught by the backend, which refuses a key reused
 * for another body; the write is then sent once more under a fresh key.
 */
export function useSubmit<A extends unknown[], R>(action: (idempotencyKey: string, ...args: A) => Promise<R>) {
  const key = useRef(newIdempotencyKey())
  const keyArgs = useRef<string | null>(null)
  const running = useRef(false)
  const [state, setState] = useState<SubmitState>({ pending: false, error: null })

  const submit = useCallback(
    async (...args: A): Promise<{ ok: true; value: R } | { ok: false; error: ServiceError }> => {
      if (running.current) return { ok: false, error: new ServiceError('CONFLICT', '正在提交，请稍候') }
      running.current = true
      setState({ pending: true, error: null })
      const argsText = JSON.stringify(args)
      if (keyArgs.current !== null && keyArgs.current !== argsText) key.current = newIdempotencyKey()
      keyArgs.current = argsText
      try {
        const value = await action(key.current, ...args).catch((error: unknown) => {
          if (!isKeyReused(error)) throw error
          key.current = newIdempotencyKey()
          return action(key.current, ...args)
        })
        key.current = newIdempotencyKey()
        keyArgs.current = null
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
