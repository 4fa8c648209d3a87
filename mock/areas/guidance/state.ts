import type { ArticleCounts } from '../../../src/contract/guidance'
import type { ArticleBlock, ArticleStatus, CoverId } from '../../../src/domain/article'
import type { StageId, TopicId } from '../../../src/domain/guidance'

export interface ArticleRecord {
  id: string
  title: string
  stages: StageId[]
  /** '' only while a draft has no topic yet. */
  topic: TopicId | ''
  summary: string
  body: ArticleBlock[]
  cover: CoverId | null
  authorId: string
  status: ArticleStatus
  createdAt: string
  updatedAt: string
  publishedAt: string | null
  counts: ArticleCounts
}

export interface GuidanceState {
  articles: Record<string, ArticleRecord>
  /** Article ids by user, most recent first. */
  favourites: Record<string, string[]>
  /** Last day (YYYY-MM-DD) each user's read of an article was counted: `${userId}|${articleId}`. */
  counted: Record<string, string>
  /** Reading history by user, most recent first, one entry per article. */
  history: Record<string, Array<{ articleId: string; readAt: string }>>
  nextId: number
}
