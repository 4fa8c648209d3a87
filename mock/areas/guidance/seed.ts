import { addDays, chinaMidnight } from '@/domain/dates'
import type { SeedContext } from '../../core/area'
import { CHILD_ARTICLES } from './fixtures/articles-child'
import { PREGNANCY_ARTICLES } from './fixtures/articles-pregnancy'
import type { ArticleRecord, GuidanceState } from './state'

const iso = (date: string, hour: number) => new Date(chinaMidnight(date) + hour * 3_600_000).toISOString()

// Counters that look lived-in yet are deterministic: older articles have been read more.
function seededCounts(index: number, daysAgo: number) {
  const views = 40 + daysAgo * 3 + ((index * 37) % 90)
  const favourites = Math.floor(views / 9) + (index % 5)
  const shares = Math.floor(views / 15) + (index % 3)
  return { views, favourites, shares, sharedReads: Math.floor(shares * 1.5) }
}

export function seedGuidance({ today }: SeedContext): GuidanceState {
  const articles: Record<string, ArticleRecord> = {}
  ;[...PREGNANCY_ARTICLES, ...CHILD_ARTICLES].forEach((seed, index) => {
    const published = iso(addDays(today, -seed.publishedDaysAgo), 9 + (index % 8))
    articles[seed.id] = {
      id: seed.id,
      title: seed.title,
      stages: seed.stages,
      topic: seed.topic,
      summary: seed.summary,
      body: seed.body,
      cover: null,
      authorId: seed.authorId,
      status: 'published',
      createdAt: published,
      updatedAt: published,
      publishedAt: published,
      counts: seededCounts(index, seed.publishedDaysAgo),
    }
  })
  // 陈静 has one article in progress, so 我的文章 shows a draft next to her published work.
  articles['art-d01'] = {
    id: 'art-d01',
    title: '秋冬季节宝宝腹泻怎么护理',
    stages: ['infant-6-12', 'toddler-12-24'],
    topic: 'common-illness',
    summary: '',
    body: [
      { kind: 'paragraph', text: '秋冬季是轮状病毒腹泻的高发季节，6个月到2岁的宝宝最容易得。' },
      { kind: 'heading', text: '先防脱水' },
    ],
    cover: null,
    authorId: 'u-instructor',
    status: 'draft',
    createdAt: iso(addDays(today, -2), 20),
    updatedAt: iso(addDays(today, -1), 21),
    publishedAt: null,
    counts: { views: 0, favourites: 0, shares: 0, sharedReads: 0 },
  }
  return {
    articles,
    // 林晓雯 (a daughter of 14 months, pregnant) has saved two articles.
    favourites: { 'u-parent': ['art-c14', 'art-p12'] },
    counted: {},
    history: {},
    nextId: 1,
  }
}
