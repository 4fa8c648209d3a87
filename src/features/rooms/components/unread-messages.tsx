import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { RoomMessageDto } from '@/contract/rooms'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { ROOMS_TEXTS as T } from '../texts'

/** The rooms' unread messages; 去我的预约处理 when one is about a booking the parent can act on. */
export function UnreadMessages({ messages, toBookings, onDismiss }: { messages: RoomMessageDto[]; toBookings: boolean; onDismiss: () => void }) {
  return (
    <View className="card rooms__message" role="status" ariaLabel={T.unreadTitle}>
      <Text className="heading">{T.unreadTitle}</Text>
      {messages.map((message) => (
        <Text key={message.id} className="block">
          {message.text}
        </Text>
      ))}
      <View className="rooms__actions">
        {toBookings && (
          <Button className="btn btn--primary" onClick={() => openPage(ROUTES.roomsBookings)}>
            {T.toBookings}
          </Button>
        )}
        <Button className="btn btn--secondary" onClick={onDismiss}>
          {T.markRead}
        </Button>
      </View>
    </View>
  )
}
