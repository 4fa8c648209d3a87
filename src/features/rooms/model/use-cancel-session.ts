import Taro from '@tarojs/taro'
import { useState } from 'react'
import { cancelReasonError } from '@/domain/session-changes'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { roomsApi } from '../service'
import { INSTRUCTOR_TEXTS as T } from '../texts'

/**
 * The instructor calls a session off with a reason; every family holding or waiting for a place
 * is told it. The reason is kept as a draft until the cancel succeeds.
 */
export function useCancelSession(sessionId: string, families: number, onCancelled: () => void) {
  const { draft, setDraft, clearDraft } = useDraft<{ reason: string }>(`rooms-cancel:${sessionId}`)
  const reason = draft?.reason ?? ''
  const [error, setError] = useState<string | undefined>()
  const cancel = useSubmit((key: string, text: string) => roomsApi().call('rooms.cancelSession', { sessionId, reason: text }, { idempotencyKey: key }))

  async function confirm() {
    const invalid = cancelReasonError(reason)
    setError(invalid ?? undefined)
    if (invalid) return
    const { confirm: sure } = await Taro.showModal({ title: T.cancelTitle, content: T.cancelAsk(families) })
    if (!sure) return
    const result = await cancel.submit(reason.trim())
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.cancelDone(result.value.notified), icon: 'none', duration: 2500 })
      onCancelled()
      return
    }
    if (result.error.fieldErrors?.reason) setError(result.error.fieldErrors.reason)
  }

  /** The typed text answers the last message; the live count takes over for length. */
  function type(text: string) {
    setError(undefined)
    setDraft({ reason: text })
  }

  return {
    reason,
    error,
    type,
    confirm,
    pending: cancel.pending,
    /** A failure not about the reason, shown above the form with a retry. */
    failure: cancel.error && !cancel.error.fieldErrors?.reason ? cancel.error.message : null,
  }
}
