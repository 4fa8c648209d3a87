import { useCallback, useEffect, useRef, useState } from 'react'
import type { LoadStatus } from '@/hooks/use-loader'
import { userMessage } from '@/contract/errors'
import type { CentreSearchPage, CentreSummary } from '@/contract/centres'
import type { Position } from '@/privacy/gated-apis'
import type { FilterQuery } from './query-params'
import { centresApi } from '../service'
import { CENTRES_TEXTS as T } from '../texts'

// Pages of 40 (the list draws only the rows on screen, so a bigger page costs the phone little),
// and the next one is asked for while half a page is still below the screen: about five screens
// of rows, so a thumb scrolling at a reading pace never reaches the end of what has arrived.
const PAGE_SIZE = 40
export const PREFETCH_ROWS = PAGE_SIZE / 2

type Asked = { query: FilterQuery; origin: Position | null }

/**
 * The results of the search, a page at a time. Every change of the search starts again from page 1;
 * only the latest request answers (a new search supersedes a "load more" still in flight for the
 * old one, and a slow answer to an older search never replaces a newer one's).
 */
export function useSearchResults(query: FilterQuery, origin: Position | null) {
  const [items, setItems] = useState<CentreSummary[]>([])
  const [result, setResult] = useState<Omit<CentreSearchPage, 'items'> | null>(null)
  // Which search the rows on screen answer. Until the answer to a new search arrives the list
  // shows 正在加载 at once, in the same frame as the tap, never the previous search's rows.
  const [answered, setAnswered] = useState<Asked | null>(null)
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [loadingMore, setLoadingMore] = useState(false)
  const request = useRef(0)

  async function load(page: number) {
    const id = ++request.current
    const asked: Asked = { query, origin }
    if (page === 1) {
      setStatus('loading')
      setLoadingMore(false)
    } else setLoadingMore(true)
    try {
      const found = await centresApi().call('centres.search', { ...query, origin: origin ?? undefined, page, pageSize: PAGE_SIZE })
      if (id !== request.current) return
      const { items: pageItems, ...rest } = found
      setItems((current) => (page === 1 ? pageItems : [...current, ...pageItems]))
      setResult(rest)
      setAnswered(asked)
      setStatus('ready')
    } catch (caught) {
      if (id !== request.current) return
      setError(userMessage(caught))
      if (page === 1) setStatus('error')
    } finally {
      if (id === request.current) setLoadingMore(false)
    }
  }

  useEffect(() => {
    void load(1)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the search restarts from page 1; load is a new closure each render
  }, [query, origin])

  // A stable function reading the latest state: the list keeps the first handler it is given.
  const latest = useRef({ result, loadingMore, load })
  latest.current = { result, loadingMore, load }
  const loadMore = useCallback(() => {
    const now = latest.current
    if (now.result?.hasMore && !now.loadingMore) void now.load(now.result.page + 1)
  }, [])

  const upToDate = answered?.query === query && answered.origin === origin
  return {
    items,
    result,
    status: status === 'ready' && !upToDate ? 'loading' : status,
    errorMessage: `${T.loadFailed}：${error}`,
    loadingMore,
    retry: () => void load(1),
    loadMore,
  }
}

export type SearchResults = ReturnType<typeof useSearchResults>
