import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { timesText } from '@/domain/session-changes'
import type { BookingChange } from '@/contract/rooms'
import { BOOKINGS_TEXTS as T } from '../texts'

/** The session's time changed: what it was, and (until the start) keep or release the place. */
export function ChangeNotice({ change, waiting, busy, onAnswer }: { change: BookingChange; waiting: boolean; busy: boolean; onAnswer: (keep: boolean) => void }) {
  return (
    <View className="rooms__change" role="status">
      <Text className="block">{T.changed(timesText(change.from))}</Text>
      {change.pending && (
        <View>
          <Text className="block">{waiting ? T.changeQuestionWaiting : T.changeQuestion}</Text>
          <View className="rooms__actions">
            <Button className="btn btn--primary" disabled={busy} onClick={() => onAnswer(true)}>
              {waiting ? T.keepWaiting : T.keep}
            </Button>
            <Button className="btn btn--danger" disabled={busy} onClick={() => onAnswer(false)}>
              {waiting ? T.releaseWaiting : T.release}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
