import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ContactActions } from '@/components/contact-actions'
import { ListState } from '@/components/list-state'
import { NoBreakText } from '@/components/no-break-text'
import { PageShell } from '@/components/page-shell'
import type { RoomDto } from '@/contract/rooms'
import { DayChips } from '../../components/day-chips'
import { SessionCard } from '../../components/session-card'
import { useRoom } from '../../model/use-room'
import { ROOM_TEXTS as T } from '../../texts'
import '../../rooms.scss'

export default function RoomPage() {
  const id = useRouter().params.id ?? ''
  const { room, days, selected, chooseDay, sessionsOfDay } = useRoom(id)

  return (
    <PageShell>
      <ListState {...room.listState}>
        {room.data && (
          <View>
            <RoomIntro room={room.data} />
            <Text className="heading">{T.calendar}</Text>
            <Text className="text-secondary block">{T.horizon}</Text>
            <DayChips days={days} selected={selected} onChoose={chooseDay} />
            {sessionsOfDay.map((session) => (
              <SessionCard key={session.id} session={session} />
            ))}
            {days.length === 0 && <Text className="text-secondary block">{T.noSessions}</Text>}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}

function RoomIntro({ room }: { room: RoomDto }) {
  return (
    <>
      <View className="rooms__banner" style={{ background: room.colour }}>
        {room.name}
      </View>
      <View className="card">
        <Text className="block">{room.intro}</Text>
        <Text className="text-secondary block">{room.address}</Text>
        <NoBreakText className="text-secondary block" text={`${T.hours}：${room.hoursText}`} />
        <Text className="text-secondary block">{`${T.facilities}：${room.facilities.join('、')}`}</Text>
        <Text className="text-secondary block">{`${T.staff}：${room.staff.join('、')}`}</Text>
        <ContactActions phone={room.phone} callLabel={`${T.call} ${room.phone}`} />
      </View>
    </>
  )
}
