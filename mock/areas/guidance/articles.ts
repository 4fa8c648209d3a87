import type { ArticleSummary, EditableArticle } from '@/contract/guidance'
import { blockText } from '@/domain/article'
import { readingMinutes } from '@/domain/guidance'
import { ownValue } from '@/domain/own'
import { ServiceError } from '@/contract/errors'
import { rawOf } from '../../core/change-tracker'
import type { CoreState, UserRecord } from '../../core/core-state'
import type { ArticleRecord, GuidanceState } from './state'
import { compareIso } from '@/domain/dates'

const RELATED_SHOWN = 3

/**
 * Finding articles by the id a caller sent, and turning them into what callers see. Every lookup
 * reads own keys only: `constructor` or `toString` is an id like any other, and matches nothing.
 */
export const textOf = (article: ArticleRecord) => article.body.map(blockText).join('\n')

export const newest = (a: ArticleRecord, b: ArticleRecord) => compareIso(b.publishedAt ?? '', a.publishedAt ?? '')

export const userNamed = (core: CoreState, userId: string): UserRecord | undefined => ownValue(core.users, userId)

export function summaryOf(article: ArticleRecord, core: CoreState): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary,
    stages: article.stages,
    topic: article.topic || 'growth',
    cover: article.cover,
    authorName: userNamed(core, article.authorId)?.name ?? '家庭健康指导员',
    publishedAt: article.publishedAt,
    readingMinutes: readingMinutes(textOf(article).length),
  }
}

export function editableOf(article: ArticleRecord): EditableArticle {
  const { id, status, updatedAt, title, stages, topic, summary, body, cover } = article
  return { id, status, updatedAt, title, stages, topic, summary, body, cover }
}

/** A published article, or undefined (a draft, or no such id). */
export function publishedArticle(state: GuidanceState, id: string): ArticleRecord | undefined {
  const article = ownValue(state.articles, id)
  return article?.status === 'published' ? article : undefined
}

/** Parents (and everyone but the author) see published articles only: others do not exist. */
export function readable(state: GuidanceState, id: string, user: UserRecord | null): ArticleRecord {
  const article = ownValue(state.articles, id)
  if (!article || (article.status !== 'published' && article.authorId !== user?.id)) {
    throw new ServiceError('NOT_FOUND', '这篇文章不存在或已下架')
  }
  return article
}

export function published(state: GuidanceState, id: string): ArticleRecord {
  const article = publishedArticle(state, id)
  if (!article) throw new ServiceError('NOT_FOUND', '这篇文章不存在或已下架')
  return article
}

/** Only the author changes an article; another instructor learns it exists but may not edit. */
export function ownArticle(state: GuidanceState, id: string, user: UserRecord): ArticleRecord {
  const article = ownValue(state.articles, id)
  if (!article) throw new ServiceError('NOT_FOUND', '这篇文章不存在')
  if (article.authorId !== user.id) throw new ServiceError('FORBIDDEN', '只有作者本人可以修改这篇文章')
  return article
}

/** Published articles sharing the topic or a stage, closest first. */
export function related(state: GuidanceState, article: ArticleRecord, core: CoreState): ArticleSummary[] {
  const overlap = (other: ArticleRecord) =>
    (other.topic === article.topic ? 2 : 0) + other.stages.filter((stage) => article.stages.includes(stage)).length
  // Only read here: the records themselves, not the write's tracked view of each (opening an
  // article counts a view, so it runs as a write; a proxy per article made it 10x slower).
  return Object.values(rawOf(state.articles))
    .filter((other) => other.id !== article.id && other.status === 'published' && overlap(other) > 0)
    .sort((a, b) => overlap(b) - overlap(a) || newest(a, b))
    .slice(0, RELATED_SHOWN)
    .map((other) => summaryOf(other, core))
}
