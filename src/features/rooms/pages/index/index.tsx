import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { RoomCard } from '../../components/room-card'
import { UnreadMessages } from '../../components/unread-messages'
import { useRoomMessages } from '../../model/use-room-messages'
import { useRoomsList } from '../../model/use-rooms-list'
import { ROOMS_TEXTS as T } from '../../texts'
import '../../rooms.scss'

export default function RoomsPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const { rooms, sorting, sortByDistance, shown, distanceTo } = useRoomsList()
  const messages = useRoomMessages(user?.id ?? null)

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      {messages.unread.length > 0 && (
        <UnreadMessages messages={messages.unread} toBookings={user?.role === 'parent' && messages.aboutBookings} onDismiss={() => void messages.dismiss()} />
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
      <ListState {...rooms.listState} empty={rooms.data?.length === 0}>
        {shown.map((room) => (
          <RoomCard key={room.id} room={room} distance={distanceTo(room)} />
        ))}
      </ListState>
    </PageShell>
  )
}
