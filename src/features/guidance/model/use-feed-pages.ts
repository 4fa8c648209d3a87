import { useReachBottom } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { LoadStatus } from '@/hooks/use-loader'
import { userMessage } from '@/contract/errors'
import type { ArticleSummary } from '@/contract/guidance'
import type { StageId, TopicId } from '@/domain/guidance'
import { guidanceApi } from '../service'
import { GUIDANCE_TEXTS as T } from '../texts'

const PAGE_SIZE = 20

type MoreStatus = 'idle' | 'loading' | 'error'

interface Pages {
  items: ArticleSummary[]
  total: number
  inStage: number | null
  page: number
  hasMore: boolean
}

const NO_PAGES: Pages = { items: [], total: 0, inStage: null, page: 0, hasMore: false }

/**
 * The feed 20 articles at a time: new filters start again from page 1, 加载更多 (or reaching the
 * bottom) appends the next page, and a failed 加载更多 keeps what is shown. Only the latest request
 * answers: after two quick chip taps the first answer can arrive last.
 */
export function useFeedPages({ stage, topic, query }: { stage?: StageId; topic?: TopicId; query: string }) {
  const [pages, setPages] = useState<Pages>(NO_PAGES)
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [moreStatus, setMoreStatus] = useState<MoreStatus>('idle')
  const [error, setError] = useState('')
  const request = useRef(0)

  async function fetchPage(next: number) {
    const id = ++request.current
    if (next === 1) setStatus('loading')
    else setMoreStatus('loading')
    try {
      const result = await guidanceApi().call('guidance.feed', { stage, topic, query, page: next, pageSize: PAGE_SIZE })
      if (id !== request.current) return
      const { total, inStage, hasMore } = result
      setPages((previous) => ({ items: next === 1 ? result.items : [...previous.items, ...result.items], total, inStage, page: next, hasMore }))
      setStatus('ready')
      setMoreStatus('idle')
    } catch (caught) {
      if (id !== request.current) return
      setError(userMessage(caught))
      if (next === 1) setStatus('error')
      else setMoreStatus('error')
    }
  }

  useEffect(() => {
    void fetchPage(1)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the filters restarts from page 1; fetchPage is a new closure each render
  }, [stage, topic, query])

  const loadMore = () => void fetchPage(pages.page + 1)
  useReachBottom(() => {
    if (pages.hasMore && moreStatus === 'idle') loadMore()
  })

  return {
    ...pages,
    moreStatus,
    loadMore,
    listState: { status, errorMessage: `${T.loadFailed}：${error}`, onRetry: () => void fetchPage(1) },
  }
}

export type FeedPages = ReturnType<typeof useFeedPages>
