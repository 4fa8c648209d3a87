import { Text, View } from '@tarojs/components'
import { stageLabel, topicLabel } from '@/domain/guidance'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { ArticleSummary } from '@/contract/guidance'
import { GUIDANCE_TEXTS as T } from '../texts'

export function ArticleCard({ article, extra }: { article: ArticleSummary; extra?: React.ReactNode }) {
  return (
    <View className="card" role="link" onClick={() => openPage(ROUTES.guidanceArticle, { id: article.id })}>
      <Text className="guidance__card-title">{article.title}</Text>
      <Text className="guidance__summary">{article.summary}</Text>
      <View>
        {article.stages.map((stage) => (
          <Text key={stage} className="guidance__tag">
            {stageLabel(stage)}
          </Text>
        ))}
        <Text className="guidance__tag">{topicLabel(article.topic)}</Text>
      </View>
      <Text className="guidance__meta">{`${article.authorName} · ${T.minutes(article.readingMinutes)}`}</Text>
      {extra}
    </View>
  )
}
