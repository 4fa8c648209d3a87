import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { TOPICS } from '@/domain/guidance'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { FeedList } from '../../components/feed-list'
import { FeedSearch } from '../../components/feed-search'
import { useFeedSearch } from '../../model/use-feed-search'
import { useGuidanceFeed } from '../../model/use-guidance-feed'
import { GUIDANCE_TEXTS as T } from '../../texts'
import '../../guidance.scss'

const TOPIC_CHIPS = [{ value: 'all', label: T.all }, ...TOPICS.map((item) => ({ value: item.id, label: item.label }))]

export default function GuidanceFeedPage() {
  const search = useFeedSearch()
  const view = useGuidanceFeed(search.query)

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      {view.isInstructor && (
        <View className="guidance__actions">
          <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.guidanceMine)}>
            {T.mine}
          </Button>
          <Button className="btn btn--primary" onClick={() => openPage(ROUTES.guidanceEditor)}>
            {T.write}
          </Button>
        </View>
      )}
      <FeedSearch search={search} />
      <ChipRow label={T.forWhom} chips={view.chips} selected={[view.selected]} onChange={view.setForWhom} />
      <ChipRow label={T.topic} chips={TOPIC_CHIPS} selected={[view.topic]} onChange={view.setTopic} />
      <ListState
        {...view.feed.listState}
        empty={view.feed.items.length === 0}
        emptyTitle={T.empty}
        emptyHint={search.query ? T.emptySearchHint(view.topic === 'all') : T.emptyHint}
      >
        <FeedList feed={view.feed} who={view.who} />
      </ListState>
    </PageShell>
  )
}
