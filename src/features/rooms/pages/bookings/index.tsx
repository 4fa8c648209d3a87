import { Text, View } from '@tarojs/components'
import { Button } from '../../../../components/button'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '../../../../components/list-state'
import { PageShell } from '../../../../components/page-shell'
import { sessionEndMs } from '../../../../domain/booking'
import { useLoader } from '../../../../hooks/use-loader'
import { useSubmit } from '../../../../hooks/use-submit'
import { callPhone, toastIfFailed } from '../../../../privacy/gated-apis'
import type { BookingDto } from '../../../../services/rooms-api'
import { useSessionStore } from '../../../../stores/session-store'
import { BookingStatusBadge } from '../../components/state-badge'
import { roomsService } from '../../service'
import { BOOK_TEXTS, BOOKINGS_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { SignInFirst } from '../../../../components/page-gates'

type Tab = 'upcoming' | 'past'

export default function BookingsPage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  if (!userId) {
    return (
      <SignInFirst message={T.signIn} />
    )
  }
  return <Bookings key={userId} />
}

function Bookings() {
  const [tab, setTab] = useState<Tab>('upcoming')
  const bookings = useLoader(() => roomsService().myBookings())
  const cancel = useSubmit((key: string, bookingId: string) => roomsService().cancel(bookingId, key))

  useDidShow(() => {
    if (bookings.status === 'ready') void bookings.reload()
  })

  async function cancelBooking(booking: BookingDto) {
    const { confirm } = await Taro.showModal({
      title: booking.status === 'waitlisted' ? T.leaveWaitlist : T.cancel,
      content: booking.status === 'waitlisted' ? '' : T.cancelConfirm,
    })
    if (!confirm) return
    const result = await cancel.submit(booking.id)
    if (result.ok) void Taro.showToast({ title: T.cancelled, icon: 'none' })
    else void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 })
    void bookings.reload()
  }

  const now = Date.now()
  const upcoming = (bookings.data ?? []).filter((b) => sessionEndMs(b.session) >= now && b.status !== 'cancelled')
  const past = (bookings.data ?? []).filter((b) => !upcoming.includes(b)).reverse()
  const shown = tab === 'upcoming' ? upcoming : past

  return (
    <PageShell>
      <View className="rooms__chips" role="tablist">
        {(['upcoming', 'past'] as const).map((name) => (
          <View
            key={name}
            role="tab"
            ariaLabel={T[name]}
            className={`rooms__day${tab === name ? ' rooms__day--on' : ''}`}
            onClick={() => setTab(name)}
          >
            <Text>{`${T[name]}（${name === 'upcoming' ? upcoming.length : past.length}）`}</Text>
          </View>
        ))}
      </View>
      <ListState
        status={bookings.status}
        errorMessage={`${ROOMS_TEXTS.loadFailed}：${bookings.error}`}
        onRetry={() => void bookings.reload()}
        empty={shown.length === 0}
        emptyTitle={tab === 'upcoming' ? T.emptyUpcoming : T.emptyPast}
        emptyHint={tab === 'upcoming' ? T.emptyUpcomingHint : undefined}
      >
        {shown.map((booking) => (
          <View key={booking.id} className="card" ariaLabel={`${booking.session.date} ${booking.session.activity}`}>
            <Text className="rooms__name">{`${booking.session.date} ${booking.session.start}–${booking.session.end}`}</Text>
            <Text className="block">{`${booking.session.activity} · ${booking.childName} · 陪同${booking.carers}人`}</Text>
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
            <Text className="block">{booking.session.roomName}</Text>
            <Text className="text-secondary block">{booking.roomAddress}</Text>
            <View className="rooms__actions">
              <Button className="btn btn--secondary" onClick={() => void callPhone(booking.roomPhone).then(toastIfFailed)}>
                {`${T.call} ${booking.roomPhone}`}
              </Button>
              {(booking.status === 'booked' || booking.status === 'waitlisted') &&
                (booking.cancellable ? (
                  <Button className="btn btn--danger" disabled={cancel.pending} onClick={() => void cancelBooking(booking)}>
                    {booking.status === 'waitlisted' ? T.leaveWaitlist : T.cancel}
                  </Button>
                ) : (
                  <Text className="text-secondary">{T.notCancellable}</Text>
                ))}
            </View>
          </View>
        ))}
      </ListState>
    </PageShell>
  )
}
