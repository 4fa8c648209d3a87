import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { QUERY_MAX } from '@/domain/guidance-search'
import type { FeedSearchState } from '../model/use-feed-search'
import { GUIDANCE_TEXTS as T } from '../texts'

/** The search box with 搜索, and 清除“…” while a search is applied. */
export function FeedSearch({ search }: { search: FeedSearchState }) {
  return (
    <>
      <View className="guidance__search">
        <Input
          className="field__input"
          value={search.typed}
          placeholder={T.searchPlaceholder}
          confirmType="search"
          maxlength={QUERY_MAX}
          ariaLabel={T.search}
          onInput={(event) => search.setTyped(event.detail.value)}
          onConfirm={search.apply}
        />
        <Button className="btn btn--primary" onClick={search.apply}>
          {T.search}
        </Button>
      </View>
      {search.query && (
        <Button className="btn btn--secondary" onClick={search.clear}>
          {`${T.clearSearch}“${search.query}”`}
        </Button>
      )}
    </>
  )
}
