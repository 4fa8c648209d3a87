import { useQuery } from '@/hooks/use-query'
import { helpApi } from '../service'

/** A special family's own requests, fresh when the page comes back from one of them. */
export function useMyRequests() {
  return useQuery(() => helpApi().call('help.mine'))
}
