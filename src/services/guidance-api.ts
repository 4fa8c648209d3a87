import type { ArticleBlock, ArticleInput, CoverId } from '../domain/article'
import type { StageId, TopicId } from '../domain/guidance'
import type { ApiMethod } from './api'

/** 优生优育进万家: guidance articles, favourites, sharing and the instructors' own articles. */

export type ArticleStatus = 'draft' | 'published'

export interface ArticleCounts {
  views: number
  favourites: number
  shares: number
  /** Reads that came through someone's share link. */
  sharedReads: number
}

export interface ArticleSummary {
  id: string
  title: string
  summary: string
  stages: StageId[]
  topic: TopicId
  cover: CoverId | null
  authorName: string
  publishedAt: string | null
  readingMinutes: number
}

export interface AuthorDto {
  id: string
  name: string
  title: string
  organisation: string
}

export interface ArticleDto extends ArticleSummary {
  body: ArticleBlock[]
  author: AuthorDto
  status: ArticleStatus
  /** Whether the caller has favourited it (false when signed out). */
  favourite: boolean
  related: ArticleSummary[]
}

export interface MyArticle extends ArticleSummary {
  status: ArticleStatus
  updatedAt: string
  counts: ArticleCounts
}

export interface FeedQuery {
  stage?: StageId
  topic?: TopicId
  query?: string
  /** 1-based. */
  page?: number
  pageSize?: number
}

export interface FeedPage {
  items: ArticleSummary[]
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  /**
   * A search with a stage looks through every stage: how many of the hits fit the stage (they
   * are listed first). Null when the feed kept to the stage (no search) or no stage was given.
   */
  inStage: number | null
}

export interface EditableArticle extends ArticleInput {
  id: string
  status: ArticleStatus
  updatedAt: string
}

export interface HistoryEntry {
  article: ArticleSummary
  readAt: string
}

export interface GuidanceApi {
  'guidance.feed': ApiMethod<FeedQuery, FeedPage>
  /** Reading counts one view per signed-in user per article per day; `from` credits a sharer. */
  'guidance.article': ApiMethod<{ id: string; from?: string }, ArticleDto>
  'guidance.favourite': ApiMethod<{ id: string; on: boolean }, { favourite: boolean }>
  'guidance.favourites': ApiMethod<null, ArticleSummary[]>
  'guidance.history': ApiMethod<null, HistoryEntry[]>
  /** Records a share by the caller; the returned path carries their id for crediting reads. */
  'guidance.share': ApiMethod<{ id: string }, { path: string }>
  'guidance.mine': ApiMethod<null, MyArticle[]>
  'guidance.editable': ApiMethod<{ id: string }, EditableArticle>
  /** Creates (no id) or edits a draft or a published article; drafts need only a title. */
  'guidance.save': ApiMethod<{ id?: string; article: ArticleInput }, EditableArticle>
  'guidance.publish': ApiMethod<{ id: string }, EditableArticle>
  'guidance.unpublish': ApiMethod<{ id: string }, EditableArticle>
}
