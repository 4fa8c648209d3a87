import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useRouter } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { stageLabel, topicLabel } from '@/domain/guidance'
import { ArticleBody, ArticleCover } from '../../components/article-body'
import { ArticleCard } from '../../components/article-card'
import { useArticle } from '../../model/use-article'
import { ARTICLE_TEXTS as T, GUIDANCE_TEXTS } from '../../texts'
import '../../guidance.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

export default function ArticlePage() {
  const { params } = useRouter()
  const reading = useArticle(params.id ?? '', params.from)
  const data = reading.data

  return (
    <PageShell>
      <ListState {...reading.listState}>
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
            <View className="card" ariaLabel={T.body}>
              <ArticleBody body={data.body} />
            </View>
            {data.status === 'published' && (
              <View className="guidance__actions">
                {reading.canFavourite && (
                  <Button className={`btn ${data.favourite ? 'btn--primary' : 'btn--secondary'}`} disabled={reading.favouritePending} onClick={() => void reading.toggleFavourite()}>
                    {data.favourite ? T.favourited : T.favourite}
                  </Button>
                )}
                {IS_H5 ? (
                  <Button className="btn btn--secondary" onClick={() => void reading.copyLink()}>
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
