import { feedHits, matchScore, queryTerms } from '@/domain/guidance-search'
import { ownValue } from '@/domain/own'
import { ENTRY_ROLES } from '@/domain/roles'
import type { HandlerContext } from '../../core/area'
import { publishedArticle, published, readable, related, summaryOf, textOf, userNamed } from './articles'
import type { GuidanceHandlers } from './handler-types'
import type { ArticleRecord, GuidanceState } from './state'

const PAGE_SIZE = 20
const HISTORY_KEEP = 50

/** A signed-in user's own list in a per-user table (user ids are the backend's, never `__proto__`). */
function listOf<T>(table: Record<string, T[]>, userId: string): T[] {
  const existing = ownValue(table, userId)
  if (existing) return existing
  const list: T[] = []
  table[userId] = list
  return list
}

/** One view per signed-in reader per article per day; authors reading their own do not count. */
function countRead(ctx: HandlerContext<GuidanceState>, article: ArticleRecord, from: string | undefined): void {
  const { state, user, today, now } = ctx
  if (!user || article.status !== 'published' || user.id === article.authorId) return
  const history = listOf(state.history, user.id)
  const earlier = history.findIndex((entry) => entry.articleId === article.id)
  if (earlier >= 0) history.splice(earlier, 1)
  history.unshift({ articleId: article.id, readAt: new Date(now).toISOString() })
  history.splice(HISTORY_KEEP)

  const key = `${user.id}|${article.id}`
  if (ownValue(state.counted, key) === today) return
  state.counted[key] = today
  article.counts.views += 1
  if (from !== undefined && from !== user.id && userNamed(ctx.core, from)) article.counts.sharedReads += 1
}

type ReaderMethods = 'guidance.feed' | 'guidance.article' | 'guidance.favourite' | 'guidance.favourites' | 'guidance.history' | 'guidance.share'

/** What parents do: browse and search, read, favourite, look back, share. */
export const readerHandlers: Pick<GuidanceHandlers, ReaderMethods> = {
  'guidance.feed': {
    access: 'public',
    handle: ({ state, core }, filters) => {
      const { stage, topic, query = '', page = 1, pageSize = PAGE_SIZE } = filters ?? {}
      const terms = queryTerms(query)
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
    handle: (ctx, { id, from }) => {
      const article = readable(ctx.state, id, ctx.user)
      countRead(ctx, article, from)
      const author = userNamed(ctx.core, article.authorId)
      return {
        ...summaryOf(article, ctx.core),
        body: article.body,
        status: article.status,
        author: { id: article.authorId, name: author?.name ?? '', title: author?.title ?? '', organisation: author?.organisation ?? '' },
        favourite: Boolean(ctx.user && ownValue(ctx.state.favourites, ctx.user.id)?.includes(article.id)),
        related: related(ctx.state, article, ctx.core),
      }
    },
  },
  'guidance.favourite': {
    access: ENTRY_ROLES.guidanceFavourites,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, { id, on }) => {
      const article = published(state, id)
      const list = listOf(state.favourites, user.id)
      const has = list.includes(article.id)
      if (on && !has) {
        list.unshift(article.id)
        article.counts.favourites += 1
      } else if (!on && has) {
        list.splice(list.indexOf(article.id), 1)
        article.counts.favourites = Math.max(0, article.counts.favourites - 1)
      }
      return { favourite: list.includes(article.id) }
    },
  },
  'guidance.favourites': {
    access: ENTRY_ROLES.guidanceFavourites,
    handle: ({ state, user, core }) =>
      (ownValue(state.favourites, user.id) ?? []).flatMap((id) => {
        const article = publishedArticle(state, id)
        return article ? [summaryOf(article, core)] : []
      }),
  },
  'guidance.history': {
    access: 'signed-in',
    handle: ({ state, user, core }) =>
      (ownValue(state.history, user.id) ?? []).flatMap((entry) => {
        const article = publishedArticle(state, entry.articleId)
        return article ? [{ article: summaryOf(article, core), readAt: entry.readAt }] : []
      }),
  },
  'guidance.share': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, { id }) => {
      const article = published(state, id)
      article.counts.shares += 1
      return { path: `/features/guidance/pages/article/index?id=${article.id}&from=${user.id}` }
    },
  },
}
