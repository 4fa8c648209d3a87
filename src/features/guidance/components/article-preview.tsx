import { Text, View } from '@tarojs/components'
import type { ArticleInput } from '@/domain/article'
import { stageLabel, topicLabel } from '@/domain/guidance'
import { EDITOR_TEXTS as T } from '../texts'
import { ArticleBody, ArticleCover } from './article-body'

/** The article being written, as parents will see it. */
export function ArticlePreview({ input }: { input: ArticleInput }) {
  return (
    <View ariaLabel={T.preview}>
      <ArticleCover cover={input.cover} topic={input.topic} />
      <Text className="page-title">{input.title}</Text>
      <View>
        {input.stages.map((stage) => (
          <Text key={stage} className="guidance__tag">
            {stageLabel(stage)}
          </Text>
        ))}
        {input.topic && <Text className="guidance__tag">{topicLabel(input.topic)}</Text>}
      </View>
      <Text className="guidance__summary">{input.summary}</Text>
      <View className="card">
        <ArticleBody body={input.body} />
      </View>
    </View>
  )
}
