import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { chinaDate } from '@/domain/dates'
import { useLoader } from '@/hooks/use-loader'
import { useSessionStore } from '@/stores/session-store'
import { ArticleCard } from '../../components/article-card'
import { guidanceApi } from '../../service'
import { FAVOURITES_TEXTS as T, GUIDANCE_TEXTS } from '../../texts'
import '../../guidance.scss'
import { SignInFirst } from '@/components/page-gates'

type Tab = 'favourites' | 'history'

export default function FavouritesPage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const [tab, setTab] = useState<Tab>('favourites')
  const favourites = useLoader(() => (userId ? guidanceApi().call('guidance.favourites') : Promise.resolve([])), [userId])
  const history = useLoader(() => (userId ? guidanceApi().call('guidance.history') : Promise.resolve([])), [userId])

  // Back from an article: it may have been (un)favourited or read just now.
  useDidShow(() => {
    if (favourites.status === 'ready') void favourites.reload()
    if (history.status === 'ready') void history.reload()
  })

  if (!userId) {
    return (
      <SignInFirst message={T.signIn} />
    )
  }
  return (
    <PageShell>
      <View className="guidance__tabs" role="tablist">
        {(['favourites', 'history'] as const).map((name) => (
          <View
            key={name}
            role="tab"
            ariaLabel={T[name]}
            className={`guidance__tab${tab === name ? ' guidance__tab--on' : ''}`}
            onClick={() => setTab(name)}
          >
            <Text>{T[name]}</Text>
          </View>
        ))}
      </View>
      {tab === 'favourites' ? (
        <ListState
          status={favourites.status}
          errorMessage={`${GUIDANCE_TEXTS.loadFailed}：${favourites.error}`}
          onRetry={() => void favourites.reload()}
          empty={favourites.data?.length === 0}
          emptyTitle={T.emptyFavourites}
          emptyHint={T.emptyFavouritesHint}
        >
          <View ariaLabel={T.favourites}>
            {favourites.data?.map((article) => <ArticleCard key={article.id} article={article} />)}
          </View>
        </ListState>
      ) : (
        <ListState
          status={history.status}
          errorMessage={`${GUIDANCE_TEXTS.loadFailed}：${history.error}`}
          onRetry={() => void history.reload()}
          empty={history.data?.length === 0}
          emptyTitle={T.emptyHistory}
        >
          <View ariaLabel={T.history}>
            {history.data?.map((entry) => (
              <ArticleCard
                key={entry.article.id}
                article={entry.article}
                extra={<Text className="guidance__meta">{T.readAt(chinaDate(Date.parse(entry.readAt)))}</Text>}
              />
            ))}
          </View>
        </ListState>
      )}
    </PageShell>
  )
}
