/**
 * 优生优育进万家's stored state as schemas: the backend checks what it loads against them (a wrong
 * shape is backed up and re-seeded, see mock/core/persistence.ts), and the types are read off them.
 * A shape check only: the editor's rules (lengths, what publishing needs) stay in articleErrors.
 */
import { array, literal, nullable, number, object, picklist, string, variant, type InferOutput } from 'valibot'
import { ArticleCounts } from '@/contract/guidance'
import { dictionaryOf } from '@/contract/schema-kit'
import { ARTICLE_STATUSES, COVERS } from '@/domain/article'
import { STAGE_IDS, TOPIC_IDS } from '@/domain/guidance'

/** One block of a body, as src/domain/article.ts ArticleBlock (which the readers switch on). */
const StoredBlock = variant('kind', [
  object({ kind: literal('heading'), text: string() }),
  object({ kind: literal('paragraph'), text: string() }),
  object({ kind: literal('list'), items: array(string()) }),
])

const ArticleRecord = object({
  id: string(),
  title: string(),
  stages: array(picklist(STAGE_IDS)),
  /** '' only while a draft has no topic yet. */
  topic: picklist(['', ...TOPIC_IDS]),
  summary: string(),
  body: array(StoredBlock),
  cover: nullable(picklist(COVERS)),
  authorId: string(),
  status: picklist(ARTICLE_STATUSES),
  createdAt: string(),
  updatedAt: string(),
  publishedAt: nullable(string()),
  counts: ArticleCounts,
})

const HistoryEntry = object({ articleId: string(), readAt: string() })

export const GuidanceStateSchema = object({
  articles: dictionaryOf(ArticleRecord),
  /** Article ids by user, most recent first. */
  favourites: dictionaryOf(array(string())),
  /** Last day (YYYY-MM-DD) each user's read of an article was counted: `${userId}|${articleId}`. */
  counted: dictionaryOf(string()),
  /** Reading history by user, most recent first, one entry per article. */
  history: dictionaryOf(array(HistoryEntry)),
  nextId: number(),
})

export type ArticleRecord = InferOutput<typeof ArticleRecord>
export type GuidanceState = InferOutput<typeof GuidanceStateSchema>
