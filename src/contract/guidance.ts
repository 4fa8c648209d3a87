/**
 * 优生优育进万家's contract: the feed and its search, reading, favourites and history, sharing,
 * and the instructors' own articles (draft → published → taken down).
 */
import { array, boolean, literal, nullable, number, object, optional, string, variant, type InferOutput } from 'valibot'
import { ARTICLE_STATUSES, BLOCK_MAX, BLOCKS_MAX, COVERS, LIST_ITEMS_MAX, SUMMARY_MAX, TITLE_MAX } from '@/domain/article'
import { STAGE_IDS, TOPIC_IDS } from '@/domain/guidance'
import { FEED_PAGE_MAX, FEED_PAGE_SIZE_MAX, QUERY_MAX } from '@/domain/guidance-search'
import { methods } from './method'
import { id, listOf, nothing, oneOf, text, whole, yesNo } from './schema-kit'

const stage = oneOf(STAGE_IDS, '阶段')
const topic = oneOf(TOPIC_IDS, '主题')
/** A draft may not have its topic yet (''); publishing asks for one (articleErrors). */
const draftTopic = oneOf(['', ...TOPIC_IDS], '主题')
const cover = nullable(oneOf(COVERS, '封面样式'))
const status = oneOf(ARTICLE_STATUSES, '文章状态')
const articleId = id('文章编号')

const blockText = (label: string) => text(label, { max: BLOCK_MAX })

/** One block of a body: a heading, a paragraph, or a bullet list (one item a line in the editor). */
export const ArticleBlock = variant(
  'kind',
  [
    object({ kind: literal('heading'), text: blockText('小标题') }),
    object({ kind: literal('paragraph'), text: blockText('段落') }),
    object({ kind: literal('list'), items: listOf(blockText('列表项'), '列表', LIST_ITEMS_MAX) }),
  ],
  '正文每一块应为小标题、段落或列表',
)

/**
 * An article as the editor sends it (src/domain/article.ts ArticleInput). The schema refuses what no form could send (an object for a
 * title, an unknown stage, a 1 MB paragraph); the human rules — a title of at least 5 characters,
 * what publishing needs — stay in articleErrors, worded for the form.
 */
export const ArticleInput = object({
  title: text('标题', { max: TITLE_MAX }),
  stages: listOf(stage, '阶段', STAGE_IDS.length),
  topic: draftTopic,
  summary: text('摘要', { max: SUMMARY_MAX }),
  body: listOf(ArticleBlock, '正文', BLOCKS_MAX),
  cover,
})

export const ArticleCounts = object({
  views: number(),
  favourites: number(),
  shares: number(),
  /** Reads that came through someone's share link. */
  sharedReads: number(),
})

/** A card in the feed, favourites, history and related lists. */
export const ArticleSummary = object({
  id: string(),
  title: string(),
  summary: string(),
  stages: array(stage),
  topic,
  cover,
  authorName: string(),
  /** ISO time; null for a draft (only in its author's own list). */
  publishedAt: nullable(string()),
  readingMinutes: number(),
})

export const AuthorDto = object({ id: string(), name: string(), title: string(), organisation: string() })

export const ArticleDto = object({
  ...ArticleSummary.entries,
  body: array(ArticleBlock),
  author: AuthorDto,
  status,
  /** Whether the caller has favourited it (false when signed out). */
  favourite: boolean(),
  related: array(ArticleSummary),
})

/** One of an instructor's own articles, with how it has been read. */
export const MyArticle = object({ ...ArticleSummary.entries, status, updatedAt: string(), counts: ArticleCounts })

/** An article as its author edits it. */
export const EditableArticle = object({ id: string(), status, updatedAt: string(), ...ArticleInput.entries })

export const HistoryEntry = object({ article: ArticleSummary, readAt: string() })

/** The feed's filters; each left out means "any". */
export const FeedQuery = nullable(
  object({
    stage: optional(stage),
    topic: optional(topic),
    query: optional(text('搜索词', { max: QUERY_MAX })),
    /** 1-based. */
    page: optional(whole('页码', 1, FEED_PAGE_MAX)),
    pageSize: optional(whole('每页篇数', 1, FEED_PAGE_SIZE_MAX)),
  }),
)

export const FeedPage = object({
  items: array(ArticleSummary),
  total: number(),
  page: number(),
  pageSize: number(),
  hasMore: boolean(),
  /**
   * A search with a stage looks through every stage: how many of the hits fit the stage (they
   * are listed first). Null when the feed kept to the stage (no search) or no stage was given.
   */
  inStage: nullable(number()),
})

const byId = object({ id: articleId })

export const guidanceMethods = methods({
  'guidance.feed': { summary: '文章列表：按阶段、主题筛选，按关键词搜索，分页', payload: FeedQuery, result: FeedPage },
  'guidance.article': {
    summary: '阅读一篇文章（登录的读者每人每天计一次阅读；from 为分享人，计入分享带来的阅读）',
    payload: object({ id: articleId, from: optional(id('分享人')) }),
    result: ArticleDto,
  },
  'guidance.favourite': { summary: '收藏或取消收藏一篇文章', payload: object({ id: articleId, on: yesNo('是否收藏') }), result: object({ favourite: boolean() }) },
  'guidance.favourites': { summary: '我的收藏', payload: nothing, result: array(ArticleSummary) },
  'guidance.history': { summary: '我的阅读记录，最近读的在前', payload: nothing, result: array(HistoryEntry) },
  'guidance.share': { summary: '记录一次分享，返回带分享人的文章路径', payload: byId, result: object({ path: string() }) },
  'guidance.mine': { summary: '指导员：我写的文章（草稿与已发布）及阅读数据', payload: nothing, result: array(MyArticle) },
  'guidance.editable': { summary: '指导员：打开自己的文章以修改', payload: byId, result: EditableArticle },
  'guidance.save': {
    summary: '指导员：新建（不带 id）或修改自己的文章；草稿只需标题，已发布的文章须保持完整',
    form: 'article',
    payload: object({ id: optional(articleId), article: ArticleInput }),
    result: EditableArticle,
  },
  'guidance.publish': { summary: '指导员：发布自己的文章（须内容完整）', payload: byId, result: EditableArticle },
  'guidance.unpublish': { summary: '指导员：下架自己已发布的文章，改回草稿', payload: byId, result: EditableArticle },
})

// ArticleBlock and ArticleInput keep their one type in src/domain/article.ts, where the rules
// that read them live: the handler passing the schema's output to articleErrors, and the editor
// sending the domain's ArticleInput through the typed client, make the compiler hold the two equal.
export type ArticleCounts = InferOutput<typeof ArticleCounts>
export type ArticleSummary = InferOutput<typeof ArticleSummary>
export type AuthorDto = InferOutput<typeof AuthorDto>
export type ArticleDto = InferOutput<typeof ArticleDto>
export type MyArticle = InferOutput<typeof MyArticle>
export type EditableArticle = InferOutput<typeof EditableArticle>
export type HistoryEntry = InferOutput<typeof HistoryEntry>
export type FeedQuery = NonNullable<InferOutput<typeof FeedQuery>>
export type FeedPage = InferOutput<typeof FeedPage>
