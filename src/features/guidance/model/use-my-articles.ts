import { useQuery } from '@/hooks/use-query'
import { guidanceApi } from '../service'

/** An instructor's own articles with their counts; fresh again when they come back from the editor. */
export function useMyArticles() {
  return useQuery(() => guidanceApi().call('guidance.mine'))
}
