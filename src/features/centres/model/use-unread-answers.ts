import { useQuery } from '@/hooks/use-query'
import { centresApi } from '../service'

/** How many centres' answers to the parent's visit requests are not read yet (fresh on each show). */
export function useUnreadAnswers(userId: string): number {
  const visits = useQuery(() => centresApi().call('centres.myVisits'), [userId])
  return (visits.data ?? []).filter((visit) => visit.unread).length
}
