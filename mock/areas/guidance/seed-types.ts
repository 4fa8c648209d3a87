/** Stages follow the child's age in months or the pregnancy phase (see DOMAIN.md, 优生优育进万家). */
export type StageId =
  | 'preparing'
  | 'pregnancy-early'
  | 'pregnancy-mid'
  | 'pregnancy-late'
  | 'infant-0-6'
  | 'infant-6-12'
  | 'toddler-12-24'
  | 'toddler-24-36'

/** Topics of the national 3岁以下婴幼儿健康养育照护指南, plus 孕期保健 and 生殖健康. */
export type TopicId =
  | 'growth'
  | 'feeding'
  | 'play'
  | 'daily-care'
  | 'injury-prevention'
  | 'common-illness'
  | 'prenatal-care'
  | 'reproductive-health'

export type ArticleBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }

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
