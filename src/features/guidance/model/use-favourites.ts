import { useQuery } from '@/hooks/use-query'
import { guidanceApi } from '../service'

/** 我的收藏 and 最近阅读 of a signed-in reader; fresh again when they come back from an article. */
export function useFavourites(userId: string) {
  const favourites = useQuery(() => guidanceApi().call('guidance.favourites'), [userId])
  const history = useQuery(() => guidanceApi().call('guidance.history'), [userId])
  return { favourites, history }
}
