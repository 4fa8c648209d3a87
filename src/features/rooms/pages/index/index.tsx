import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { distanceKm } from '@/domain/booking'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { requestLocation, type Position } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { userMessage } from '@/services'
import type { RoomSummary } from '@/contract/rooms'
import { useSessionStore } from '@/stores/session-store'
import { roomsApi } from '../../service'
import { ROOMS_TEXTS as T } from '../../texts'
import '../../rooms.scss'
import { NoBreakText } from '@/components/no-break-text'

type Sorting = { kind: 'district'; note?: string } | { kind: 'distance'; from: Position } | { kind: 'locating' }

function ordered(rooms: RoomSummary[], sorting: Sorting): RoomSummary[] {
  if (sorting.kind === 'distance') return [...rooms].sort((a, b) => distanceKm(sorting.from, a) - distanceKm(sorting.from, b))
  return [...rooms].sort((a, b) => a.district.localeCompare(b.district, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
}

export default function RoomsPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const rooms = useLoader(() => roomsApi().call('rooms.list'))
  const messages = useLoader(() => (user ? roomsApi().call('rooms.messages') : Promise.resolve([])), [user?.id])
  const [sorting, setSorting] = useState<Sorting>({ kind: 'district' })

  useDidShow(() => {
    if (rooms.status === 'ready') void rooms.reload()
    if (messages.status === 'ready') void messages.reload()
  })

  async function sortByDistance() {
    setSorting({ kind: 'locating' })
    const position = await requestLocation()
    setSorting(position.ok ? { kind: 'distance', from: position.value } : { kind: 'district', note: T.byDistrictNote(position.message) })
  }

  async function dismissMessages() {
    try {
      await roomsApi().call('rooms.readMessages')
      void messages.reload()
    } catch (error) {
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  const unread = (messages.data ?? []).filter((message) => !message.read)

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      {unread.length > 0 && (
        <View className="card rooms__message" role="status" ariaLabel={T.unreadTitle}>
          <Text className="heading">{T.unreadTitle}</Text>
          {unread.map((message) => (
            <Text key={message.id} className="block">
              {message.text}
            </Text>
          ))}
          <View className="rooms__actions">
            {user?.role === 'parent' && unread.some((message) => message.bookingId) && (
              <Button className="btn btn--primary" onClick={() => openPage(ROUTES.roomsBookings)}>
                {T.toBookings}
              </Button>
            )}
            <Button className="btn btn--secondary" onClick={() => void dismissMessages()}>
              {T.markRead}
            </Button>
          </View>
        </View>
      )}
      <View className="rooms__actions">
        {user?.role === 'parent' && (
          <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.roomsBookings)}>
            {T.myBookings}
          </Button>
        )}
        {user?.role === 'instructor' && (
          <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.roomsInstructor)}>
            {T.instructor}
          </Button>
        )}
        <Button className="btn btn--secondary" disabled={sorting.kind === 'locating'} onClick={() => void sortByDistance()}>
          {sorting.kind === 'locating' ? T.locating : T.sortByDistance}
        </Button>
      </View>
      {sorting.kind === 'distance' && <Text className="text-secondary block">{T.byDistance}</Text>}
      {sorting.kind === 'district' && sorting.note && <Text className="text-secondary block">{sorting.note}</Text>}
      <View className="row-gap" />
      <ListState status={rooms.status} errorMessage={`${T.loadFailed}：${rooms.error}`} onRetry={() => void rooms.reload()} empty={rooms.data?.length === 0}>
        {ordered(rooms.data ?? [], sorting).map((room) => (
          <View key={room.id} className="card" role="link" onClick={() => openPage(ROUTES.roomsRoom, { id: room.id })}>
            <View className="rooms__banner" style={{ background: room.colour }} aria-hidden="true">
              {room.street}
            </View>
            <Text className="rooms__name">{room.name}</Text>
            <Text className="block">{room.address}</Text>
            <NoBreakText className="text-secondary block" text={`${room.district} · ${room.hoursText}`} />
            <Text className="text-secondary block">{`电话 ${room.phone}`}</Text>
            {sorting.kind === 'distance' && <Text className="text-secondary block">{T.distance(distanceKm(sorting.from, room))}</Text>}
            <Text className="block">{T.openSessions(room.openSessions)}</Text>
          </View>
        ))}
      </ListState>
    </PageShell>
  )
}
