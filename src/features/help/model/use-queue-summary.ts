import { useQuery } from '@/hooks/use-query'
import { helpApi } from '../service'
import { queueSummary } from './queue-summary'

/** A contact's waiting requests counted for 暖心服务's first page, fresh when it shows again. */
export function useQueueSummary() {
  const queue = useQuery(() => helpApi().call('help.queue'))
  return { queue, ...queueSummary(queue.data ?? []) }
}
