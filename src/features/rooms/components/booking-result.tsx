import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PageShell } from '@/components/page-shell'
import type { BookingDto } from '@/contract/rooms'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { BOOK_TEXTS as T } from '../texts'

/** The booking as made: a place with its 签到码, or the place in the waitlist. */
export function BookingResult({ booking }: { booking: BookingDto }) {
  return (
    <PageShell>
      <View className="card" ariaLabel={T.result}>
        <Text className="heading">{booking.status === 'waitlisted' ? T.waiting(booking.waitlistPosition ?? 1) : T.booked}</Text>
        <Text className="block">{`${booking.session.date} ${booking.session.start}–${booking.session.end} ${booking.session.activity}`}</Text>
        <Text className="text-secondary block">{booking.session.roomName}</Text>
        <Text className="text-secondary block">{booking.roomAddress}</Text>
        {booking.code && (
          <View>
            <Text className="text-secondary block">{T.code}</Text>
            <Text className="rooms__code">{booking.code}</Text>
            <Text className="text-secondary block">{T.codeHint}</Text>
          </View>
        )}
        <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.roomsBookings)}>
          {T.toBookings}
        </Button>
      </View>
    </PageShell>
  )
}
