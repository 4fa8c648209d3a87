import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { sessionEndMs } from '@/domain/booking'
import { timesText } from '@/domain/session-changes'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { callPhone, toastIfFailed } from '@/privacy/gated-apis'
import type { BookingDto } from '@/contract/rooms'
import { useSessionStore } from '@/stores/session-store'
import { BookingStatusBadge } from '../../components/state-badge'
import { roomsApi } from '../../service'
import { BOOK_TEXTS, BOOKINGS_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { SignInFirst } from '@/components/page-gates'
import { NoBreakText } from '@/components/no-break-text'
import { now } from '@/app/clock'

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
  const bookings = useLoader(() => roomsApi().call('rooms.myBookings'))
  const cancel = useSubmit((key: string, bookingId: string) => roomsApi().call('rooms.cancel', { bookingId }, { idempotencyKey: key }))
  const answer = useSubmit((key: string, bookingId: string, keep: boolean) =>
    roomsApi().call('rooms.answerChange', { bookingId, answer: keep ? 'keep' : 'release' }, { idempotencyKey: key }),
  )

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

  async function answerChange(booking: BookingDto, keep: boolean) {
    const waiting = booking.status === 'waitlisted'
    if (!keep) {
      const { confirm } = await Taro.showModal({ title: waiting ? T.releaseWaiting : T.release, content: waiting ? '' : T.releaseConfirm })
      if (!confirm) return
    }
    const result = await answer.submit(booking.id, keep)
    if (result.ok) void Taro.showToast({ title: keep ? (waiting ? T.keptWaiting : T.kept) : T.cancelled, icon: 'none' })
    else void Taro.showToast({ title: T.answerFailed(result.error.message), icon: 'none', duration: 3000 })
    void bookings.reload()
  }

  const at = now()
  // A session the room cancelled stays here until its day, so the family sees why it is off.
  const upcoming = (bookings.data ?? []).filter(
    (b) => sessionEndMs(b.session) >= at && (b.status !== 'cancelled' || b.roomCancelReason !== null),
  )
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
            {booking.roomCancelReason !== null && <Text className="block">{T.roomCancelled(booking.roomCancelReason)}</Text>}
            {booking.change && <ChangeNotice booking={booking} busy={answer.pending} onAnswer={(keep) => void answerChange(booking, keep)} />}
            <Text className="block">{booking.session.roomName}</Text>
            <Text className="text-secondary block">{booking.roomAddress}</Text>
            <View className="rooms__actions">
              <Button className="btn btn--secondary" onClick={() => void callPhone(booking.roomPhone).then(toastIfFailed)}>
                <NoBreakText text={`${T.call} ${booking.roomPhone}`} />
              </Button>
              {(booking.status === 'booked' || booking.status === 'waitlisted') &&
                !booking.change?.pending &&
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

/** The session's time changed: what it was, and (until the start) keep or release the place. */
function ChangeNotice({ booking, busy, onAnswer }: { booking: BookingDto; busy: boolean; onAnswer: (keep: boolean) => void }) {
  const change = booking.change!
  const waiting = booking.status === 'waitlisted'
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
