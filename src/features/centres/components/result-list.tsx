import { Text } from '@tarojs/components'
import { VirtualList } from '@tarojs/components-advanced'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PlainView } from '@/components/taro/plain'
import { useElderMode } from '@/stores/preferences-store'
import { usePrefetchingList } from '../model/use-prefetching-list'
import type { SearchResults } from '../model/use-search-results'
import { CENTRES_TEXTS as T } from '../texts'
import { CentreRow } from './centre-row'

/** The results in a virtual list (only the rows on screen are drawn), with loading, empty and error states. */
export function ResultList({ results }: { results: SearchResults }) {
  const { items, result, status, loadingMore, loadMore } = results
  const elder = useElderMode()
  const list = usePrefetchingList({ status, count: items.length, loadMore }, elder)
  return (
    <ListState status={status} errorMessage={results.errorMessage} onRetry={results.retry} empty={items.length === 0} emptyTitle={T.empty} emptyHint={T.emptyHint}>
      <VirtualList
        ref={list.ref}
        className="centres__list"
        height={list.height}
        width="100%"
        itemData={items}
        itemCount={items.length}
        itemSize={list.itemSize}
        overscanCount={3}
        item={CentreRow}
        // Each row's wrapper and the column holding them are plain elements too (see taro/plain.tsx).
        itemElementType={PlainView}
        innerElementType={PlainView}
        onScroll={list.onScroll}
        renderBottom={
          result?.hasMore && !loadingMore ? (
            <Button className="btn btn--secondary btn--block" onClick={loadMore}>
              {T.loadMore}
            </Button>
          ) : (
            <Text className="text-secondary block">{loadingMore ? T.loadingMore : T.noMore}</Text>
          )
        }
      />
    </ListState>
  )
}
