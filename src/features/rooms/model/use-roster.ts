import { now } from '@/app/clock'
import { sessionStartMs } from '@/domain/booking'
import { holdsOrWaits } from '@/domain/booking-machine'
import { useQuery } from '@/hooks/use-query'
import { roomsApi } from '../service'

/**
 * One session's roster for its instructor. Loaded again when the page comes back from the editor:
 * the time, the activity or the places may have changed.
 */
export function useRoster(sessionId: string) {
  const roster = useQuery(() => roomsApi().call('rooms.roster', { sessionId }), [sessionId])
  const data = roster.data
  return {
    roster,
    /** No-shows can be marked once the session has started (the backend's rule, decideNoShows). */
    started: data ? now() >= sessionStartMs(data.session) : false,
    /** The reason the session was called off, or null while it is on. */
    cancelled: data?.session.cancelReason ?? null,
    /** Families a cancel would tell: those holding or waiting for a place. */
    families: data ? data.entries.filter((entry) => holdsOrWaits(entry.status)).length : 0,
  }
}
