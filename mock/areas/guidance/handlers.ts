import { articleErrors, blockText, COVERS, type ArticleBlock, type ArticleInput, type CoverId } from '../../../src/domain/article'
import { isStageId, isTopicId, readingMinutes, type StageId } from '../../../src/domain/guidance'
import { feedHits, matchScore, queryTerms } from '../../../src/domain/guidance-search'
import { ENTRY_ROLES } from '../../../src/domain/roles'
import { hasErrors } from '../../../src/domain/validation'
import { ServiceError } from '../../../src/services/errors'
import type { ArticleDto, ArticleSummary, EditableArticle, GuidanceApi, MyArticle } from '../../../src/services/guidance-api'
import type { HandlerContext, HandlerMap } from '../../core/area'
import type { CoreState, UserRecord } from '../../core/core-state'
import type { ArticleRecord, GuidanceState } from './state'

const PAGE_SIZE = 20
const MAX_PAGE_SIZE = 50
const HISTORY_KEEP = 50
const RELATED_SHOWN = 3

const textOf = (article: ArticleRecord) => article.body.map(blockText).join('\n')

function summaryOf(article: ArticleRecord, core: CoreState): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary,
    stages: article.stages,
    topic: article.topic || 'growth',
    cover: article.cover,
    authorName: core.users[article.authorId]?.name ?? '家庭健康指导员',
    publishedAt: article.publishedAt,
    readingMinutes: readingMinutes(textOf(article).length),
  }
}

function editableOf(article: ArticleRecord): EditableArticle {
  const { id, status, updatedAt, title, stages, topic, summary, body, cover } = article
  return { id, status, updatedAt, title, stages, topic, summary, body, cover }
}

const newest = (a: ArticleRecord, b: ArticleRecord) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')

/** Parents (and everyone but the author) see published articles only: others do not exist. */
function readable(state: GuidanceState, id: unknown, user: UserRecord | null): ArticleRecord {
  const article = typeof id === 'string' ? state.articles[id] : undefined
  if (!article || (article.status !== 'published' && article.authorId !== user?.id)) {
    throw new ServiceError('NOT_FOUND', '这篇文章不存在或已下架')
  }
  return article
}

function published(state: GuidanceState, id: unknown): ArticleRecord {
  const article = typeof id === 'string' ? state.articles[id] : undefined
  if (!article || article.status !== 'published') throw new ServiceError('NOT_FOUND', '这篇文章不存在或已下架')
  return article
}

/** Only the author changes an article; another instructor learns it exists but may not edit. */
function ownArticle(state: GuidanceState, id: unknown, user: UserRecord): ArticleRecord {
  const article = typeof id === 'string' ? state.articles[id] : undefined
  if (!article) throw new ServiceError('NOT_FOUND', '这篇文章不存在')
  if (article.authorId !== user.id) throw new ServiceError('FORBIDDEN', '只有作者本人可以修改这篇文章')
  return article
}

function readBlocks(raw: unknown): ArticleBlock[] {
  if (!Array.isArray(raw)) return []
  return raw.slice(0, 60).flatMap((block): ArticleBlock[] => {
    const value = block as Partial<{ kind: string; text: unknown; items: unknown }>
    if (value.kind === 'heading' || value.kind === 'paragraph') return [{ kind: value.kind, text: String(value.text ?? '') }]
    if (value.kind === 'list' && Array.isArray(value.items)) return [{ kind: 'list', items: value.items.slice(0, 30).map(String) }]
    return []
  })
}

function readInput(raw: unknown): ArticleInput {
  const input = (raw ?? {}) as Partial<Record<keyof ArticleInput, unknown>>
  const stages = Array.isArray(input.stages) ? (input.stages.filter(isStageId) as StageId[]) : []
  return {
    title: String(input.title ?? '').trim(),
    stages: [...new Set(stages)],
    topic: isTopicId(input.topic) ? input.topic : '',
    summary: String(input.summary ?? '').trim(),
    body: readBlocks(input.body),
    cover: COVERS.includes(input.cover as CoverId) ? (input.cover as CoverId) : null,
  }
}

function rejectIfInvalid(input: ArticleInput, mode: 'draft' | 'publish'): void {
  const errors = articleErrors(input, mode)
  if (hasErrors(errors)) {
    throw new ServiceError('VALIDATION', mode === 'publish' ? '文章还不能发布，请按提示补充' : '文章有误，请按提示修改', errors)
  }
}

function related(state: GuidanceState, article: ArticleRecord, core: CoreState): ArticleSummary[] {
  const overlap = (other: ArticleRecord) =>
    (other.topic === article.topic ? 2 : 0) + other.stages.filter((stage) => article.stages.includes(stage)).length
  return Object.values(state.articles)
    .filter((other) => other.id !== article.id && other.status === 'published' && overlap(other) > 0)
    .sort((a, b) => overlap(b) - overlap(a) || newest(a, b))
    .slice(0, RELATED_SHOWN)
    .map((other) => summaryOf(other, core))
}

/** One view per signed-in reader per article per day; authors reading their own do not count. */
function countRead(ctx: HandlerContext<GuidanceState>, article: ArticleRecord, from: unknown): void {
  const { state, user, today, now } = ctx
  if (!user || article.status !== 'published' || user.id === article.authorId) return
  const history = (state.history[user.id] ??= [])
  const earlier = history.findIndex((entry) => entry.articleId === article.id)
  if (earlier >= 0) history.splice(earlier, 1)
  history.unshift({ articleId: article.id, readAt: new Date(now).toISOString() })
  history.splice(HISTORY_KEEP)

  const key = `${user.id}|${article.id}`
  if (state.counted[key] === today) return
  state.counted[key] = today
  article.counts.views += 1
  if (typeof from === 'string' && from !== user.id && ctx.core.users[from]) article.counts.sharedReads += 1
}

export const guidanceHandlers: HandlerMap<GuidanceApi, GuidanceState> = {
  'guidance.feed': {
    access: 'public',
    handle: ({ state, core }, payload) => {
      const stage = isStageId(payload?.stage) ? payload!.stage : undefined
      const topic = isTopicId(payload?.topic) ? payload!.topic : undefined
      const terms = queryTerms(String(payload?.query ?? '').slice(0, 50))
      const pageSize = Math.min(Math.max(Math.floor(Number(payload?.pageSize) || PAGE_SIZE), 1), MAX_PAGE_SIZE)
      const page = Math.max(Math.floor(Number(payload?.page) || 1), 1)
      const scored = Object.values(state.articles)
        .filter((article) => article.status === 'published' && (!topic || article.topic === topic))
        .map((article) => ({
          article,
          stages: article.stages,
          publishedAt: article.publishedAt,
          score: matchScore({ title: article.title, summary: article.summary, text: textOf(article) }, terms),
        }))
      // A search looks through every stage, the chosen stage's articles first (feedHits).
      const { hits, inStage } = feedHits(scored, stage, terms.length > 0)
      const items = hits.slice((page - 1) * pageSize, page * pageSize).map((hit) => summaryOf(hit.article, core))
      return { items, total: hits.length, page, pageSize, hasMore: page * pageSize < hits.length, inStage }
    },
  },
  'guidance.article': {
    access: 'public',
    write: true,
    handle: (ctx, payload) => {
      const article = readable(ctx.state, payload?.id, ctx.user)
      countRead(ctx, article, payload?.from)
      const author = ctx.core.users[article.authorId]
      const dto: ArticleDto = {
        ...summaryOf(article, ctx.core),
        body: article.body,
        status: article.status,
        author: { id: article.authorId, name: author?.name ?? '', title: author?.title ?? '', organisation: author?.organisation ?? '' },
        favourite: Boolean(ctx.user && ctx.state.favourites[ctx.user.id]?.includes(article.id)),
        related: related(ctx.state, article, ctx.core),
      }
      return dto
    },
  },
  'guidance.favourite': {
    access: ENTRY_ROLES.guidanceFavourites,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, payload) => {
      const article = published(state, payload?.id)
      const list = (state.favourites[user!.id] ??= [])
      const has = list.includes(article.id)
      if (payload?.on === true && !has) {
        list.unshift(article.id)
        article.counts.favourites += 1
      } else if (payload?.on !== true && has) {
        list.splice(list.indexOf(article.id), 1)
        article.counts.favourites = Math.max(0, article.counts.favourites - 1)
      }
      return { favourite: list.includes(article.id) }
    },
  },
  'guidance.favourites': {
    access: ENTRY_ROLES.guidanceFavourites,
    handle: ({ state, user, core }) =>
      (state.favourites[user!.id] ?? [])
        .map((id) => state.articles[id])
        .filter((article) => article?.status === 'published')
        .map((article) => summaryOf(article, core)),
  },
  'guidance.history': {
    access: 'signed-in',
    handle: ({ state, user, core }) =>
      (state.history[user!.id] ?? [])
        .filter((entry) => state.articles[entry.articleId]?.status === 'published')
        .map((entry) => ({ article: summaryOf(state.articles[entry.articleId], core), readAt: entry.readAt })),
  },
  'guidance.share': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, payload) => {
      const article = published(state, payload?.id)
      article.counts.shares += 1
      return { path: `/features/guidance/pages/article/index?id=${article.id}&from=${user!.id}` }
    },
  },
  'guidance.mine': {
    access: ENTRY_ROLES.guidanceMine,
    handle: ({ state, user, core }) =>
      Object.values(state.articles)
        .filter((article) => article.authorId === user!.id)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((article): MyArticle => ({ ...summaryOf(article, core), status: article.status, updatedAt: article.updatedAt, counts: { ...article.counts } })),
  },
  'guidance.editable': {
    access: ['instructor'],
    handle: ({ state, user }, payload) => editableOf(ownArticle(state, payload?.id, user!)),
  },
  'guidance.save': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now }, payload) => {
      const input = readInput(payload?.article)
      const at = new Date(now).toISOString()
      if (!payload?.id) {
        rejectIfInvalid(input, 'draft')
        const id = `art-u${state.nextId++}`
        state.articles[id] = {
          id,
          ...input,
          authorId: user!.id,
          status: 'draft',
          createdAt: at,
          updatedAt: at,
          publishedAt: null,
          counts: { views: 0, favourites: 0, shares: 0, sharedReads: 0 },
        }
        return editableOf(state.articles[id])
      }
      const article = ownArticle(state, payload.id, user!)
      // Parents are reading a published article: an edit must leave it complete.
      rejectIfInvalid(input, article.status === 'published' ? 'publish' : 'draft')
      Object.assign(article, input, { updatedAt: at })
      return editableOf(article)
    },
  },
  'guidance.publish': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now }, payload) => {
      const article = ownArticle(state, payload?.id, user!)
      rejectIfInvalid(article as ArticleInput, 'publish')
      const at = new Date(now).toISOString()
      article.status = 'published'
      article.publishedAt = at
      article.updatedAt = at
      return editableOf(article)
    },
  },
  'guidance.unpublish': {
    access: ['instructor'],
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now }, payload) => {
      const article = ownArticle(state, payload?.id, user!)
      article.status = 'draft'
      article.updatedAt = new Date(now).toISOString()
      return editableOf(article)
    },
  },
}
