import { Text } from '@tarojs/components'
import { BOOKING_STATUS_LABELS, SESSION_STATE_LABELS, type BookingStatus, type SessionState } from '@/domain/booking'

export function SessionStateBadge({ state }: { state: SessionState }) {
  return <Text className={`rooms__state rooms__state--${state}`}>{SESSION_STATE_LABELS[state]}</Text>
}

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  return <Text className={`rooms__state rooms__state--${status}`}>{BOOKING_STATUS_LABELS[status]}</Text>
}
