import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { NoBreakText } from '@/components/no-break-text'
import { holdsOrWaits } from '@/domain/booking-machine'
import type { BookingDto } from '@/contract/rooms'
import { callPhone, toastIfFailed } from '@/privacy/gated-apis'
import { BOOK_TEXTS, BOOKINGS_TEXTS as T } from '../texts'
import { ChangeNotice } from './change-notice'
import { BookingStatusBadge } from './state-badge'

interface Props {
  booking: BookingDto
  cancelling: boolean
  answering: boolean
  onCancel: () => void
  onAnswer: (keep: boolean) => void
}

/**
 * One booking in 我的预约: its 签到码 while booked, the room's reason when it called the session
 * off, a time change to answer, and 取消 until the deadline (the backend's `cancellable`).
 */
export function BookingCard({ booking, cancelling, answering, onCancel, onAnswer }: Props) {
  const { session } = booking
  return (
    <View className="card" ariaLabel={`${session.date} ${session.activity}`}>
      <Text className="rooms__name">{`${session.date} ${session.start}–${session.end}`}</Text>
      <Text className="block">{T.details(session.activity, booking.childName, booking.carers)}</Text>
      <View>
        <BookingStatusBadge status={booking.status} />
        {booking.waitlistPosition && <Text className="text-secondary">{T.position(booking.waitlistPosition)}</Text>}
      </View>
      {booking.code && booking.status === 'booked' && (
        <View>
          <Text className="text-secondary block">{BOOK_TEXTS.code}</Text>
          <Text className="rooms__code">{booking.code}</Text>
        </View>
      )}
      {booking.roomCancelReason !== null && <Text className="block">{T.roomCancelled(booking.roomCancelReason)}</Text>}
      {booking.change && <ChangeNotice change={booking.change} waiting={booking.status === 'waitlisted'} busy={answering} onAnswer={onAnswer} />}
      <Text className="block">{session.roomName}</Text>
      <Text className="text-secondary block">{booking.roomAddress}</Text>
      <View className="rooms__actions">
        {/* Not ContactActions: its label is plain text, and the number here must not break across lines. */}
        <Button className="btn btn--secondary" onClick={() => void callPhone(booking.roomPhone).then(toastIfFailed)}>
          <NoBreakText text={`${T.call} ${booking.roomPhone}`} />
        </Button>
        {holdsOrWaits(booking.status) &&
          !booking.change?.pending &&
          (booking.cancellable ? (
            <Button className="btn btn--danger" disabled={cancelling} onClick={onCancel}>
              {booking.status === 'waitlisted' ? T.leaveWaitlist : T.cancel}
            </Button>
          ) : (
            <Text className="text-secondary">{T.notCancellable}</Text>
          ))}
      </View>
    </View>
  )
}
