import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { SignedIn } from '@/components/page-gates'
import { chinaDate } from '@/domain/dates'
import { ArticleCard } from '../../components/article-card'
import { useFavourites } from '../../model/use-favourites'
import { FAVOURITES_TEXTS as T } from '../../texts'
import '../../guidance.scss'

type Tab = 'favourites' | 'history'

export default function FavouritesPage() {
  return <SignedIn message={T.signIn}>{(user) => <Favourites userId={user.id} />}</SignedIn>
}

function Favourites({ userId }: { userId: string }) {
  const [tab, setTab] = useState<Tab>('favourites')
  const { favourites, history } = useFavourites(userId)

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
        <ListState {...favourites.listState} empty={favourites.data?.length === 0} emptyTitle={T.emptyFavourites} emptyHint={T.emptyFavouritesHint}>
          <View ariaLabel={T.favourites}>
            {favourites.data?.map((article) => <ArticleCard key={article.id} article={article} />)}
          </View>
        </ListState>
      ) : (
        <ListState {...history.listState} empty={history.data?.length === 0} emptyTitle={T.emptyHistory}>
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
