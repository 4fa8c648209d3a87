import { Text, View } from '@tarojs/components'
import { ListState } from '@/components/list-state'
import { SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { BookingCard } from '../../components/booking-card'
import { useBookingActions } from '../../model/use-booking-actions'
import { useMyBookings } from '../../model/use-my-bookings'
import { BOOKINGS_TEXTS as T } from '../../texts'
import '../../rooms.scss'

export default function BookingsPage() {
  return <SignedIn message={T.signIn}>{(user) => <Bookings key={user.id} />}</SignedIn>
}

function Bookings() {
  const { bookings, tab, setTab, counts, shown } = useMyBookings()
  const actions = useBookingActions(() => void bookings.reload())

  return (
    <PageShell>
      <View className="rooms__chips" role="tablist">
        {(['upcoming', 'past'] as const).map((name) => (
          <View key={name} role="tab" ariaLabel={T[name]} className={`rooms__day${tab === name ? ' rooms__day--on' : ''}`} onClick={() => setTab(name)}>
            <Text>{`${T[name]}（${counts[name]}）`}</Text>
          </View>
        ))}
      </View>
      <ListState
        {...bookings.listState}
        empty={shown.length === 0}
        emptyTitle={tab === 'upcoming' ? T.emptyUpcoming : T.emptyPast}
        emptyHint={tab === 'upcoming' ? T.emptyUpcomingHint : undefined}
      >
        {shown.map((booking) => (
          <BookingCard
            key={booking.id}
            booking={booking}
            cancelling={actions.cancelling}
            answering={actions.answering}
            onCancel={() => void actions.cancelBooking(booking)}
            onAnswer={(keep) => void actions.answerChange(booking, keep)}
          />
        ))}
      </ListState>
    </PageShell>
  )
}
