import { Text, View } from '@tarojs/components'
import { Textarea } from '@/components/taro/textarea'
import { Button } from '@/components/button'
import { FormField } from '@/components/form-field'
import { Notice } from '@/components/notice'
import { CANCEL_REASON_MAX } from '@/domain/session-changes'
import { useCancelSession } from '../model/use-cancel-session'
import { INSTRUCTOR_TEXTS as T } from '../texts'

/** The instructor's form to call a session off, with the reason every affected family is sent. */
export function CancelSession({ sessionId, families, onCancelled, onClose }: { sessionId: string; families: number; onCancelled: () => void; onClose: () => void }) {
  const cancel = useCancelSession(sessionId, families, onCancelled)

  return (
    <View className="card" ariaLabel={T.cancelTitle}>
      <Text className="heading">{T.cancelTitle}</Text>
      {cancel.failure && <Notice tone="error" message={T.cancelFailed(cancel.failure)} actions={[{ label: T.retry, onClick: () => void cancel.confirm() }]} />}
      <FormField label={T.cancelReason} error={cancel.error} hint={T.cancelHint(families)} count={{ length: cancel.reason.trim().length, max: CANCEL_REASON_MAX }} required>
        <Textarea
          className="field__textarea"
          value={cancel.reason}
          maxlength={-1}
          placeholder={T.cancelReasonPlaceholder}
          ariaLabel={T.cancelReason}
          onInput={(event) => cancel.type(event.detail.value)}
        />
      </FormField>
      <View className="rooms__actions">
        <Button className="btn btn--secondary" onClick={onClose}>
          {T.cancelKeep}
        </Button>
        <Button className="btn btn--danger" disabled={cancel.pending} onClick={() => void cancel.confirm()}>
          {T.cancelConfirm}
        </Button>
      </View>
    </View>
  )
}
