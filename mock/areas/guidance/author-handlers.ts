import { articleErrors, type ArticleInput } from '@/domain/article'
import { ENTRY_ROLES, type Role } from '@/domain/roles'
import { hasErrors } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import { editableOf, ownArticle, summaryOf } from './articles'
import type { GuidanceHandlers } from './handler-types'
import { compareIso } from '@/domain/dates'

function rejectIfInvalid(input: ArticleInput, mode: 'draft' | 'publish'): void {
  const errors = articleErrors(input, mode)
  if (hasErrors(errors)) {
    throw new ServiceError('VALIDATION', mode === 'publish' ? '文章还不能发布，请按提示补充' : '文章有误，请按提示修改', errors)
  }
}

/** Writing is an instructor's work; the backend checks it whatever the client shows. */
const INSTRUCTORS: readonly Role[] = ['instructor']

type AuthorMethods = 'guidance.mine' | 'guidance.editable' | 'guidance.save' | 'guidance.publish' | 'guidance.unpublish'

/** What instructors do with their own articles: write, publish, take down. */
export const authorHandlers: Pick<GuidanceHandlers, AuthorMethods> = {
  'guidance.mine': {
    access: ENTRY_ROLES.guidanceMine,
    handle: ({ state, user, core }) =>
      Object.values(state.articles)
        .filter((article) => article.authorId === user.id)
        .sort((a, b) => compareIso(b.updatedAt, a.updatedAt))
        .map((article) => ({ ...summaryOf(article, core), status: article.status, updatedAt: article.updatedAt, counts: { ...article.counts } })),
  },
  'guidance.editable': {
    access: INSTRUCTORS,
    handle: ({ state, user }, { id }) => editableOf(ownArticle(state, id, user)),
  },
  'guidance.save': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now }, { id, article: sent }) => {
      // A stage ticked twice is one stage.
      const input: ArticleInput = { ...sent, stages: [...new Set(sent.stages)] }
      const at = new Date(now).toISOString()
      if (id === undefined) {
        rejectIfInvalid(input, 'draft')
        const created = `art-u${state.nextId++}`
        state.articles[created] = {
          id: created,
          ...input,
          authorId: user.id,
          status: 'draft',
          createdAt: at,
          updatedAt: at,
          publishedAt: null,
          counts: { views: 0, favourites: 0, shares: 0, sharedReads: 0 },
        }
        return editableOf(state.articles[created])
      }
      const article = ownArticle(state, id, user)
      // Parents are reading a published article: an edit must leave it complete.
      rejectIfInvalid(input, article.status === 'published' ? 'publish' : 'draft')
      Object.assign(article, input, { updatedAt: at })
      return editableOf(article)
    },
  },
  'guidance.publish': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now }, { id }) => {
      const article = ownArticle(state, id, user)
      rejectIfInvalid(article, 'publish')
      const at = new Date(now).toISOString()
      article.status = 'published'
      article.publishedAt = at
      article.updatedAt = at
      return editableOf(article)
    },
  },
  'guidance.unpublish': {
    access: INSTRUCTORS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now }, { id }) => {
      const article = ownArticle(state, id, user)
      article.status = 'draft'
      article.updatedAt = new Date(now).toISOString()
      return editableOf(article)
    },
  },
}
