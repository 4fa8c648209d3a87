import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { Fragment, useEffect, useRef, useState } from 'react'
import { ListState, type LoadStatus } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { TOPICS } from '@/domain/guidance'
import { QUERY_MAX } from '@/domain/guidance-search'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { userMessage } from '@/services'
import type { ArticleSummary } from '@/contract/guidance'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { ArticleCard } from '../../components/article-card'
import { ChipRow } from '@/components/chip-row'
import { forWhomChips, stageOfChip, topicOfChip, whoOfChip } from '../../feed-filter'
import { guidanceApi } from '../../service'
import { GUIDANCE_TEXTS as T } from '../../texts'
import '../../guidance.scss'
import { useToday } from '@/app/clock'

const PAGE_SIZE = 20

export default function GuidanceFeedPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const { profile, load: loadFamily } = useFamilyStore()
  const today = useToday()
  const family = user && user.role === 'parent' ? profile?.family ?? null : null
  const { chips, choices } = forWhomChips(family, today)
  const [forWhom, setForWhom] = useState<string | null>(null)
  const [topic, setTopic] = useState('all')
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const [items, setItems] = useState<ArticleSummary[]>([])
  const [total, setTotal] = useState(0)
  const [inStage, setInStage] = useState<number | null>(null)
  const [page, setPage] = useState(0)
  const [hasMore, setHasMore] = useState(false)
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [moreStatus, setMoreStatus] = useState<'idle' | 'loading' | 'error'>('idle')
  const [error, setError] = useState('')
  const request = useRef(0)

  useDidShow(() => {
    if (user && !profile) void loadFamily()
  })

  // Until the user picks, the feed is for the first family member, or all stages for guests.
  const selected = forWhom ?? (choices.length > 0 ? chips[0].value : 'all')
  const stage = stageOfChip(selected, choices)
  const who = whoOfChip(selected, choices, family)

  async function fetchPage(next: number) {
    const id = ++request.current
    if (next === 1) setStatus('loading')
    else setMoreStatus('loading')
    try {
      const result = await guidanceApi().call('guidance.feed', { stage, topic: topicOfChip(topic), query, page: next, pageSize: PAGE_SIZE })
      if (id !== request.current) return
      setItems((previous) => (next === 1 ? result.items : [...previous, ...result.items]))
      setTotal(result.total)
      setInStage(result.inStage)
      setPage(next)
      setHasMore(result.hasMore)
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
    // Only a change of the search restarts from page 1; fetchPage is a new closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stage, topic, query])

  useReachBottom(() => {
    if (hasMore && moreStatus === 'idle') void fetchPage(page + 1)
  })

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      {user?.role === 'instructor' && (
        <View className="guidance__actions">
          <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.guidanceMine)}>
            {T.mine}
          </Button>
          <Button className="btn btn--primary" onClick={() => openPage(ROUTES.guidanceEditor)}>
            {T.write}
          </Button>
        </View>
      )}
      <View className="guidance__search">
        <Input
          className="field__input"
          value={typed}
          placeholder={T.searchPlaceholder}
          confirmType="search"
          maxlength={QUERY_MAX}
          ariaLabel={T.search}
          onInput={(event) => setTyped(event.detail.value)}
          onConfirm={() => setQuery(typed.trim())}
        />
        <Button className="btn btn--primary" onClick={() => setQuery(typed.trim())}>
          {T.search}
        </Button>
      </View>
      {query && (
        <Button
          className="btn btn--secondary"
          onClick={() => {
            setTyped('')
            setQuery('')
          }}
        >
          {`${T.clearSearch}“${query}”`}
        </Button>
      )}
      <ChipRow label={T.forWhom} chips={chips} selected={[selected]} onChange={setForWhom} />
      <ChipRow
        label={T.topic}
        chips={[{ value: 'all', label: T.all }, ...TOPICS.map((item) => ({ value: item.id, label: item.label }))]}
        selected={[topic]}
        onChange={setTopic}
      />
      <ListState
        status={status}
        errorMessage={`${T.loadFailed}：${error}`}
        onRetry={() => void fetchPage(1)}
        empty={items.length === 0}
        emptyTitle={T.empty}
        emptyHint={query ? T.emptySearchHint(topic === 'all') : T.emptyHint}
      >
        {/* A search looked through every stage; say so, and where the chosen stage's articles end. */}
        <Text className="text-secondary block">{inStage !== null && who ? T.searchedAllStages(total, who, inStage) : T.resultCount(total)}</Text>
        <View ariaLabel="文章列表">
          {items.map((article, index) => (
            <Fragment key={article.id}>
              {inStage !== null && inStage > 0 && index === inStage && <Text className="heading">{T.otherStages}</Text>}
              <ArticleCard article={article} />
            </Fragment>
          ))}
        </View>
        {hasMore ? (
          <Button className="btn btn--secondary btn--block" disabled={moreStatus === 'loading'} onClick={() => void fetchPage(page + 1)}>
            {moreStatus === 'loading' ? T.loadingMore : moreStatus === 'error' ? `${T.loadFailed}，${T.loadMore}` : T.loadMore}
          </Button>
        ) : (
          <Text className="text-secondary block">{T.noMore}</Text>
        )}
      </ListState>
    </PageShell>
  )
}
