import type { ArticleBlock } from '@/domain/article'
import type { StageId, TopicId } from '@/domain/guidance'

export type { ArticleBlock, StageId, TopicId }

export interface ArticleSeed {
  id: string
  /** 5–40 characters. */
  title: string
  stages: StageId[]
  topic: TopicId
  summary: string
  body: ArticleBlock[]
  /** A seeded instructor: 'u-instructor' (陈静) or 'u-instructor-2' (周蕾). */
  authorId: 'u-instructor' | 'u-instructor-2'
  /** Days before the seed date that it was published (the seed date is "today" when data is seeded). */
  publishedDaysAgo: number
}
