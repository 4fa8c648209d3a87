import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { SessionDto } from '@/contract/rooms'
import { useQuery } from '@/hooks/use-query'
import { roomsApi } from '../service'

/** The day a room's calendar opens on: the first with a session the family can still book, else the first. */
function firstDay(sessions: SessionDto[], days: string[]): string | undefined {
  return days.find((date) => sessions.some((session) => session.date === date && session.state === 'bookable')) ?? days[0]
}

/**
 * One room and its sessions within the booking horizon, a day at a time. Loaded again when the
 * page comes back from booking: places and states have changed.
 */
export function useRoom(id: string) {
  const room = useQuery(async () => {
    const found = await roomsApi().call('rooms.room', { id })
    void Taro.setNavigationBarTitle({ title: found.name })
    return found
  }, [id])
  const [day, setDay] = useState<string | null>(null)

  const sessions = room.data?.sessions ?? []
  const days = [...new Set(sessions.map((session) => session.date))]
  const selected = day ?? firstDay(sessions, days)
  return { room, days, selected, chooseDay: setDay, sessionsOfDay: sessions.filter((session) => session.date === selected) }
}
