import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { stageLabel, topicLabel } from '@/domain/guidance'
import { canUseEntry } from '@/domain/roles'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { copyText, toastIfFailed } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { newIdempotencyKey } from '@/services'
import { useSessionStore } from '@/stores/session-store'
import { ArticleBody, ArticleCover } from '../../components/article-body'
import { ArticleCard } from '../../components/article-card'
import { guidanceApi } from '../../service'
import { ARTICLE_TEXTS as T, GUIDANCE_TEXTS } from '../../texts'
import '../../guidance.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

export default function ArticlePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const user = useSessionStore((state) => state.session?.user ?? null)
  const article = useLoader(() => guidanceApi().call('guidance.article', { id, from: params.from }), [id, user?.id])
  const favourite = useSubmit((key: string, on: boolean) => guidanceApi().call('guidance.favourite', { id, on }, { idempotencyKey: key }))
  const data = article.data
  const sharePath = (path?: string) => path ?? `${ROUTES.guidanceArticle}?id=${id}${user ? `&from=${user.id}` : ''}`

  // weapp: the share menu and the 分享 button both end here; the path carries the sharer's id.
  useShareAppMessage(() => {
    if (user) void guidanceApi().call('guidance.share', { id }, { idempotencyKey: newIdempotencyKey() }).catch(() => undefined)
    return { title: data?.title ?? GUIDANCE_TEXTS.title, path: sharePath() }
  })

  async function toggleFavourite() {
    if (!data) return
    if (!user) {
      void Taro.showToast({ title: T.signInToFavourite, icon: 'none' })
      openPage(ROUTES.signIn)
      return
    }
    const result = await favourite.submit(!data.favourite)
    if (result.ok) {
      article.setData({ ...data, favourite: result.value.favourite })
      void Taro.showToast({ title: result.value.favourite ? T.favouriteAdded : T.favouriteRemoved, icon: 'none' })
    } else {
      void Taro.showToast({ title: result.error.message, icon: 'none' })
    }
  }

  async function copyLink() {
    let path = sharePath()
    if (user) {
      try {
        path = (await guidanceApi().call('guidance.share', { id }, { idempotencyKey: newIdempotencyKey() })).path
      } catch {
        // Copying still works; only the share count misses this one.
      }
    }
    const link = `${window.location.origin}${window.location.pathname}#${path}`
    const copied = await copyText(link)
    if (copied.ok) void Taro.showToast({ title: T.linkCopied, icon: 'none' })
    else toastIfFailed(copied)
  }

  return (
    <PageShell>
      <ListState status={article.status} errorMessage={`${GUIDANCE_TEXTS.loadFailed}：${article.error}`} onRetry={() => void article.reload()}>
        {data && (
          <View>
            {data.status === 'draft' && <Notice tone="info" message={T.draftBanner} />}
            <ArticleCover cover={data.cover} topic={data.topic} />
            <Text className="page-title">{data.title}</Text>
            <View>
              {data.stages.map((stage) => (
                <Text key={stage} className="guidance__tag">
                  {stageLabel(stage)}
                </Text>
              ))}
              <Text className="guidance__tag">{topicLabel(data.topic)}</Text>
            </View>
            <Text className="guidance__meta">{T.by(data.author.name, data.author.title)}</Text>
            <Text className="guidance__meta">{`${data.author.organisation} · ${GUIDANCE_TEXTS.minutes(data.readingMinutes)}`}</Text>
            <View className="row-gap" />
            <View className="card" ariaLabel="正文">
              <ArticleBody body={data.body} />
            </View>
            {data.status === 'published' && (
              <View className="guidance__actions">
                {(!user || canUseEntry(user.role, 'guidanceFavourites')) && (
                  <Button className={`btn ${data.favourite ? 'btn--primary' : 'btn--secondary'}`} disabled={favourite.pending} onClick={() => void toggleFavourite()}>
                    {data.favourite ? T.favourited : T.favourite}
                  </Button>
                )}
                {IS_H5 ? (
                  <Button className="btn btn--secondary" onClick={() => void copyLink()}>
                    {T.copyLink}
                  </Button>
                ) : (
                  <Button className="btn btn--secondary" openType="share">
                    {T.share}
                  </Button>
                )}
              </View>
            )}
            {data.related.length > 0 && (
              <View ariaLabel={T.related}>
                <Text className="heading">{T.related}</Text>
                {data.related.map((item) => (
                  <ArticleCard key={item.id} article={item} />
                ))}
              </View>
            )}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
