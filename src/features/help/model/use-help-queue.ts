import { useState } from 'react'
import type { HelpStatus } from '@/domain/help'
import { useQuery } from '@/hooks/use-query'
import { helpApi } from '../service'

export type QueueFilter = HelpStatus | 'all'

export const QUEUE_FILTERS: QueueFilter[] = ['all', 'submitted', 'accepted', 'scheduled', 'completed', 'followed-up', 'returned', 'cancelled']

/**
 * 求助待办: a contact's requests by status and urgency. Only the latest filter's answer is shown
 * (useQuery), and the list is loaded again when the page comes back from a request's detail.
 */
export function useHelpQueue() {
  const [status, setStatus] = useState<QueueFilter>('all')
  const [urgentOnly, setUrgentOnly] = useState(false)
  const queue = useQuery(() => helpApi().call('help.queue', status === 'all' ? { urgentOnly } : { status, urgentOnly }), [status, urgentOnly])
  return { queue, status, setStatus, urgentOnly, toggleUrgentOnly: () => setUrgentOnly(!urgentOnly) }
}
