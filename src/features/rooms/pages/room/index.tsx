import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { weekdayOf } from '@/domain/booking'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { callPhone, toastIfFailed } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import type { SessionDto } from '@/contract/rooms'
import { SessionStateBadge } from '../../components/state-badge'
import { roomsApi } from '../../service'
import { ROOM_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { NoBreakText } from '@/components/no-break-text'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export default function RoomPage() {
  const id = useRouter().params.id ?? ''
  const room = useLoader(async () => {
    const found = await roomsApi().call('rooms.room', { id })
    void Taro.setNavigationBarTitle({ title: found.name })
    return found
  }, [id])
  const [day, setDay] = useState<string | null>(null)

  // Back from booking: places and states have changed.
  useDidShow(() => {
    if (room.status === 'ready') void room.reload()
  })

  const sessions = room.data?.sessions ?? []
  const days = [...new Set(sessions.map((session) => session.date))]
  const selected = day ?? days.find((date) => sessions.some((s) => s.date === date && s.state === 'bookable')) ?? days[0]

  return (
    <PageShell>
      <ListState status={room.status} errorMessage={`${ROOMS_TEXTS.loadFailed}：${room.error}`} onRetry={() => void room.reload()}>
        {room.data && (
          <View>
            <View className="rooms__banner" style={{ background: room.data.colour }}>
              {room.data.name}
            </View>
            <View className="card">
              <Text className="block">{room.data.intro}</Text>
              <Text className="text-secondary block">{room.data.address}</Text>
              <NoBreakText className="text-secondary block" text={`${T.hours}：${room.data.hoursText}`} />
              <Text className="text-secondary block">{`${T.facilities}：${room.data.facilities.join('、')}`}</Text>
              <Text className="text-secondary block">{`${T.staff}：${room.data.staff.join('、')}`}</Text>
              <Button className="btn btn--secondary" onClick={() => void callPhone(room.data!.phone).then(toastIfFailed)}>
                {`${T.call} ${room.data.phone}`}
              </Button>
            </View>
            <Text className="heading">{T.calendar}</Text>
            <Text className="text-secondary block">{T.horizon}</Text>
            <View className="rooms__chips" role="radiogroup" ariaLabel="日期">
              {days.map((date) => (
                <View
                  key={date}
                  role="radio"
                  ariaLabel={date === selected ? `${date}（已选）` : date}
                  aria-checked={date === selected ? 'true' : 'false'}
                  className={`rooms__day${date === selected ? ' rooms__day--on' : ''}`}
                  onClick={() => setDay(date)}
                >
                  <Text>{WEEKDAYS[weekdayOf(date)]}</Text>
                  <Text>{date.slice(5)}</Text>
                </View>
              ))}
            </View>
            {sessions
              .filter((session) => session.date === selected)
              .map((session) => (
                <SessionCard key={session.id} session={session} />
              ))}
            {days.length === 0 && <Text className="text-secondary block">{T.noSessions}</Text>}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}

function SessionCard({ session }: { session: SessionDto }) {
  const action =
    session.state === 'bookable' ? T.book : session.state === 'full' ? T.joinWaitlist : session.state === 'booked' || session.state === 'waitlisted' ? T.viewBooking : null
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
          onClick={() =>
            session.state === 'booked' || session.state === 'waitlisted'
              ? openPage(ROUTES.roomsBookings)
              : openPage(ROUTES.roomsBook, { sessionId: session.id })
          }
        >
          {action}
        </Button>
      )}
    </View>
  )
}
