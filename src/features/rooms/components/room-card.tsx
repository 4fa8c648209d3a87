import { Text, View } from '@tarojs/components'
import { NoBreakText } from '@/components/no-break-text'
import type { RoomSummary } from '@/contract/rooms'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { ROOMS_TEXTS as T } from '../texts'

/** A room in the list; the distance shows once the family shared their location. */
export function RoomCard({ room, distance }: { room: RoomSummary; distance: number | null }) {
  return (
    <View className="card" role="link" onClick={() => openPage(ROUTES.roomsRoom, { id: room.id })}>
      <View className="rooms__banner" style={{ background: room.colour }} aria-hidden="true">
        {room.street}
      </View>
      <Text className="rooms__name">{room.name}</Text>
      <Text className="block">{room.address}</Text>
      <NoBreakText className="text-secondary block" text={`${room.district} · ${room.hoursText}`} />
      <Text className="text-secondary block">{T.phoneLine(room.phone)}</Text>
      {distance !== null && <Text className="text-secondary block">{T.distance(distance)}</Text>}
      <Text className="block">{T.openSessions(room.openSessions)}</Text>
    </View>
  )
}
