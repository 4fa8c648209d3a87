import { useToday } from '@/app/clock'
import { sessionDays } from '@/domain/session-schedule'
import { useQuery } from '@/hooks/use-query'
import { roomsApi } from '../service'

/**
 * Every session of the instructor's rooms from today on, however far ahead, by day with today
 * first, and the last week's (their rosters are still useful for no-shows); the rooms they can
 * arrange new sessions in.
 */
export function useMySessions() {
  const sessions = useQuery(() => roomsApi().call('rooms.mySessions'))
  const today = useToday()
  const list = sessions.data ?? []
  const { upcoming, past } = sessionDays(list, today)
  return {
    sessions,
    today,
    rooms: [...new Map(list.map((s) => [s.roomId, s.roomName])).entries()].map(([id, name]) => ({ id, name })),
    upcoming,
    past,
    pastCount: past.reduce((sum, day) => sum + day.sessions.length, 0),
  }
}
