import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { SessionDto } from '@/contract/rooms'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { ROOM_TEXTS as T } from '../texts'
import { SessionStateBadge } from './state-badge'

/** A session in a room's calendar as the family sees it: 预约 while places last, then 候补; their own booking links to 我的预约. */
export function SessionCard({ session }: { session: SessionDto }) {
  const mine = session.state === 'booked' || session.state === 'waitlisted'
  const action = session.state === 'bookable' ? T.book : session.state === 'full' ? T.joinWaitlist : mine ? T.viewBooking : null
  return (
    <View className="card" ariaLabel={`${session.start} ${session.activity}`}>
      <Text className="rooms__name">{`${session.start}–${session.end} ${session.activity}`}</Text>
      <View>
        <SessionStateBadge state={session.state} />
        <Text className="text-secondary">{T.ages(session.ageMin, session.ageMax)}</Text>
      </View>
      {session.cancelReason !== null ? (
        <Text className="block">{T.cancelled(session.cancelReason)}</Text>
      ) : (
        <Text className="text-secondary block">{`${T.placesLeft(session.placesLeft, session.capacity)} ${T.waitlist(session.waitlist)}`}</Text>
      )}
      {action && (
        <Button
          className={`btn ${session.state === 'bookable' ? 'btn--primary' : 'btn--secondary'} btn--block`}
          onClick={() => (mine ? openPage(ROUTES.roomsBookings) : openPage(ROUTES.roomsBook, { sessionId: session.id }))}
        >
          {action}
        </Button>
      )}
    </View>
  )
}
