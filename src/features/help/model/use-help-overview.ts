import { useQuery } from '@/hooks/use-query'
import { helpApi } from '../service'

/**
 * A special family's contacts, the 暖心热线 and whether they have agreed to share requests. Not
 * loaded again on show: nothing opened from these pages changes them, and the request form must
 * not go back to loading under what is being typed.
 */
export function useHelpOverview() {
  return useQuery(() => helpApi().call('help.overview'), [], { refreshOnShow: false })
}
