import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { FormField } from '@/components/form-field'
import { CHECK_IN_CODE_LENGTH } from '@/domain/booking'
import { INSTRUCTOR_TEXTS as T } from '../texts'

interface Props {
  checkIn: { code: string; setCode: (code: string) => void; codeError: string | undefined; pending: boolean; submitCode: () => Promise<void> }
  /** After the start: 其余标记为未到场; before it: 取消活动 (hidden while its form is open). */
  started: boolean
  markingNoShows: boolean
  cancelling: boolean
  onEdit: () => void
  onMarkNoShows: () => void
  onCancelSession: () => void
}

/** What the instructor does with a session that is on: check families in by code, edit it, and end or call it off. */
export function CheckInCard({ checkIn, started, markingNoShows, cancelling, onEdit, onMarkNoShows, onCancelSession }: Props) {
  return (
    <View className="card">
      <FormField label={T.codeLabel} error={checkIn.codeError}>
        <View className="rooms__checkin">
          <Input
            className="field__input"
            type="number"
            maxlength={CHECK_IN_CODE_LENGTH}
            value={checkIn.code}
            placeholder={T.codePlaceholder}
            ariaLabel={T.codeLabel}
            onInput={(event) => checkIn.setCode(event.detail.value)}
            onConfirm={() => void checkIn.submitCode()}
          />
          <Button className="btn btn--primary" disabled={checkIn.pending} onClick={() => void checkIn.submitCode()}>
            {T.checkIn}
          </Button>
        </View>
      </FormField>
      <View className="rooms__actions">
        <Button className="btn btn--secondary" onClick={onEdit}>
          {T.edit}
        </Button>
        {started ? (
          <Button className="btn btn--danger" disabled={markingNoShows} onClick={onMarkNoShows}>
            {T.markNoShows}
          </Button>
        ) : (
          !cancelling && (
            <Button className="btn btn--danger" onClick={onCancelSession}>
              {T.cancelSession}
            </Button>
          )
        )}
      </View>
    </View>
  )
}
