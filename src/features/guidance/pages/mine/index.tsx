import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { NotForThisRole } from '@/components/page-gates'
import { chinaDate } from '@/domain/dates'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { MyArticle } from '@/contract/guidance'
import { useSessionStore } from '@/stores/session-store'
import { ArticleCard } from '../../components/article-card'
import { useMyArticles } from '../../model/use-my-articles'
import { GUIDANCE_TEXTS, MINE_TEXTS as T } from '../../texts'
import '../../guidance.scss'

export default function MyArticlesPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role !== 'instructor') {
    return <NotForThisRole message={T.onlyInstructors} />
  }
  return <MyArticles />
}

function MyArticles() {
  const mine = useMyArticles()
  return (
    <PageShell>
      <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.guidanceEditor)}>
        {GUIDANCE_TEXTS.write}
      </Button>
      <View className="row-gap" />
      <ListState {...mine.listState} empty={mine.data?.length === 0} emptyTitle={T.empty} emptyHint={T.emptyHint}>
        {mine.data?.map((article) => (
          <View key={article.id}>
            <ArticleCard article={article} extra={<ArticleStatus article={article} />} />
          </View>
        ))}
      </ListState>
    </PageShell>
  )
}

/** Under each of the instructor's cards: draft or published, the counts, 编辑. */
function ArticleStatus({ article }: { article: MyArticle }) {
  return (
    <View>
      <Text className={`guidance__tag${article.status === 'draft' ? ' guidance__tag--draft' : ''}`}>{article.status === 'draft' ? T.draft : T.published}</Text>
      <Text className="guidance__meta">{T.counts(article.counts.views, article.counts.favourites, article.counts.shares, article.counts.sharedReads)}</Text>
      <Text className="guidance__meta">{T.updated(chinaDate(Date.parse(article.updatedAt)))}</Text>
      <Button
        className="btn btn--secondary"
        onClick={(event) => {
          event.stopPropagation()
          openPage(ROUTES.guidanceEditor, { id: article.id })
        }}
      >
        {T.edit}
      </Button>
    </View>
  )
}
