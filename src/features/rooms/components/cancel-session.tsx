import { Text, View } from '@tarojs/components'
import { Textarea } from '@/components/taro/textarea'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '@/components/button'
import { FormField } from '@/components/form-field'
import { Notice } from '@/components/notice'
import { CANCEL_REASON_MAX, cancelReasonError } from '@/domain/session-changes'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { roomsApi } from '../service'
import { INSTRUCTOR_TEXTS as T } from '../texts'

/**
 * The instructor calls a session off with a reason; every family holding or waiting for a place
 * is told it. The reason is kept as a draft until the cancel succeeds.
 */
export function CancelSession({ sessionId, families, onCancelled, onClose }: { sessionId: string; families: number; onCancelled: () => void; onClose: () => void }) {
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

  return (
    <View className="card" ariaLabel={T.cancelTitle}>
      <Text className="heading">{T.cancelTitle}</Text>
      {cancel.error && !cancel.error.fieldErrors?.reason && (
        <Notice tone="error" message={T.cancelFailed(cancel.error.message)} actions={[{ label: '重试', onClick: () => void confirm() }]} />
      )}
      <FormField label={T.cancelReason} error={error} hint={T.cancelHint(families)} count={{ length: reason.trim().length, max: CANCEL_REASON_MAX }} required>
        <Textarea
          className="field__textarea"
          value={reason}
          maxlength={-1}
          placeholder={T.cancelReasonPlaceholder}
          ariaLabel={T.cancelReason}
          onInput={(event) => {
            // The typed text answers the last message; the live count takes over for length.
            setError(undefined)
            setDraft({ reason: event.detail.value })
          }}
        />
      </FormField>
      <View className="rooms__actions">
        <Button className="btn btn--secondary" onClick={onClose}>
          {T.cancelKeep}
        </Button>
        <Button className="btn btn--danger" disabled={cancel.pending} onClick={() => void confirm()}>
          {T.cancelConfirm}
        </Button>
      </View>
    </View>
  )
}
