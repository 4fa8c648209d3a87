import type { StageId } from './guidance'
import { compareIso } from './dates'

/**
 * Keyword search over guidance articles: every word of the query must appear in the title,
 * the summary or the body; title hits rank first. Chinese has no spaces, so a query like
 * 辅食添加 matches as one phrase; 辅食 过敏 needs both words.
 */

/** The longest query the search box takes: a phrase or a few words, not a paragraph. */
export const QUERY_MAX = 50
/** A feed page is 1–50 articles; pages go far past the library's end, not without limit. */
export const FEED_PAGE_SIZE_MAX = 50
export const FEED_PAGE_MAX = 1000

/** What a query is looked for in. */
export interface Searchable {
  title: string
  summary: string
  /** All body text joined. */
  text: string
}

/** Full-width letters and digits to half-width, lower case, spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ')
}

export function queryTerms(raw: string): string[] {
  const query = normaliseQuery(raw)
  return query ? query.split(' ') : []
}

/** 0 when a term is missing; otherwise higher for title hits, then summary hits. */
export function matchScore(item: Searchable, terms: string[]): number {
  if (terms.length === 0) return 1
  const title = normaliseQuery(item.title)
  const summary = normaliseQuery(item.summary)
  const text = normaliseQuery(item.text)
  let score = 0
  for (const term of terms) {
    if (title.includes(term)) score += 10
    else if (summary.includes(term)) score += 3
    else if (text.includes(term)) score += 1
    else return 0
  }
  return score
}

/** An article as the feed ranks it: its stages, when it was published, how well it matches. */
export interface ScoredArticle {
  stages: readonly StageId[]
  publishedAt: string | null
  /** matchScore for the query; 0 leaves the article out. */
  score: number
}

export interface FeedHits<T> {
  hits: T[]
  /**
   * When a search with a chosen stage looked through every stage: how many hits fit that stage
   * (they come first). Null when the feed kept to the stage, or no stage was chosen.
   */
  inStage: number | null
}

/**
 * Which articles the feed shows, in order. Browsing keeps to the chosen stage. A search looks
 * through every stage: the stage is chosen for the family automatically, and a parent searching
 * 辅食 in pregnancy is looking ahead, so an article that exists must not come back as 没有找到.
 * The chosen stage's hits come first; within each group better matches first, then the newest.
 */
export function feedHits<T extends ScoredArticle>(articles: T[], stage: StageId | undefined, searching: boolean): FeedHits<T> {
  const fits = (article: T) => stage !== undefined && article.stages.includes(stage)
  const stageFirst = searching && stage !== undefined
  const hits = articles
    .filter((article) => article.score > 0 && (stage === undefined || stageFirst || fits(article)))
    .sort(
      (a, b) =>
        (stageFirst ? Number(fits(b)) - Number(fits(a)) : 0) ||
        b.score - a.score ||
        compareIso(b.publishedAt ?? '', a.publishedAt ?? ''),
    )
  return { hits, inStage: stageFirst ? hits.filter(fits).length : null }
}
