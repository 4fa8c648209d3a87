import { Text, View } from '@tarojs/components'
import { Fragment } from 'react'
import { Button } from '@/components/button'
import type { FeedPages } from '../model/use-feed-pages'
import { GUIDANCE_TEXTS as T } from '../texts'
import { ArticleCard } from './article-card'

/** The feed's articles with their count; `who` (乐乐, 孕中期; null for 全部阶段) names a search's stage. */
export function FeedList({ feed, who }: { feed: FeedPages; who: string | null }) {
  const { inStage, moreStatus } = feed
  return (
    <>
      {/* A search looked through every stage; say so, and where the chosen stage's articles end. */}
      <Text className="text-secondary block">{inStage !== null && who ? T.searchedAllStages(feed.total, who, inStage) : T.resultCount(feed.total)}</Text>
      <View ariaLabel={T.list}>
        {feed.items.map((article, index) => (
          <Fragment key={article.id}>
            {inStage !== null && inStage > 0 && index === inStage && <Text className="heading">{T.otherStages}</Text>}
            <ArticleCard article={article} />
          </Fragment>
        ))}
      </View>
      {feed.hasMore ? (
        <Button className="btn btn--secondary btn--block" disabled={moreStatus === 'loading'} onClick={feed.loadMore}>
          {moreStatus === 'loading' ? T.loadingMore : moreStatus === 'error' ? `${T.loadFailed}，${T.loadMore}` : T.loadMore}
        </Button>
      ) : (
        <Text className="text-secondary block">{T.noMore}</Text>
      )}
    </>
  )
}
