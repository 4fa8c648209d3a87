import Taro from '@tarojs/taro'
import type { RoomMessageDto } from '@/contract/rooms'
import { userMessage } from '@/contract/errors'
import { useQuery } from '@/hooks/use-query'
import { roomsApi } from '../service'

/**
 * The rooms' unread messages to this account (a cancelled or moved session), until 知道了 marks
 * them read. Signed out there are none to ask for.
 */
export function useRoomMessages(userId: string | null) {
  const messages = useQuery(() => (userId ? roomsApi().call('rooms.messages') : Promise.resolve<RoomMessageDto[]>([])), [userId])

  async function dismiss() {
    try {
      await roomsApi().call('rooms.readMessages')
      void messages.reload()
    } catch (error) {
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  const unread = (messages.data ?? []).filter((message) => !message.read)
  return { unread, dismiss, aboutBookings: unread.some((message) => message.bookingId) }
}
