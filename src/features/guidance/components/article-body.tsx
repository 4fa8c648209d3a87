import { Text, View } from '@tarojs/components'
import type { ArticleBlock, CoverId } from '@/domain/article'
import { topicLabel, type TopicId } from '@/domain/guidance'

export function ArticleCover({ cover, topic }: { cover: CoverId | null; topic: TopicId | '' }) {
  if (!cover) return null
  return <View className={`guidance__cover guidance__cover--${cover}`}>{topic ? topicLabel(topic) : ''}</View>
}

/** The article as parents read it: headings, paragraphs and bullet lists. */
export function ArticleBody({ body }: { body: ArticleBlock[] }) {
  return (
    <View>
      {body.map((block, index) => {
        if (block.kind === 'heading') {
          return (
            <Text key={index} className="guidance__body-heading">
              {block.text}
            </Text>
          )
        }
        if (block.kind === 'paragraph') {
          return (
            <Text key={index} className="guidance__body-paragraph">
              {block.text}
            </Text>
          )
        }
        return (
          <View key={index} role="list">
            {block.items.map((item, itemIndex) => (
              <View key={itemIndex} className="guidance__body-item" role="listitem">
                {item}
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}
