import { articleErrors, type ArticleInput } from '@/domain/article'
import { addDays, addMonths } from '@/domain/dates'
import { readingMinutes, stageChoices, stageForChild, stageForPregnancy, stageLabel, topicLabel, type StageId } from '@/domain/guidance'
import { feedHits, matchScore, normaliseQuery, queryTerms } from '@/domain/guidance-search'

const TODAY = '2026-11-24'

describe('a child’s stage by 月龄', () => {
  test('from the day of birth to the third birthday', () => {
    expect(stageForChild(TODAY, TODAY)).toBe('infant-0-6')
    expect(stageForChild(addDays(TODAY, 1), TODAY)).toBeNull()
    expect(stageForChild(addDays(addMonths(TODAY, -6), 1), TODAY)).toBe('infant-0-6')
    expect(stageForChild(addMonths(TODAY, -6), TODAY)).toBe('infant-6-12')
    expect(stageForChild(addDays(addMonths(TODAY, -12), 1), TODAY)).toBe('infant-6-12')
    expect(stageForChild(addMonths(TODAY, -12), TODAY)).toBe('toddler-12-24')
    expect(stageForChild(addMonths(TODAY, -24), TODAY)).toBe('toddler-24-36')
    expect(stageForChild(addDays(addMonths(TODAY, -36), 1), TODAY)).toBe('toddler-24-36')
    expect(stageForChild(addMonths(TODAY, -36), TODAY)).toBeNull()
  })

  test('a child born on 31 August is 6 months old on the last day of February', () => {
    expect(stageForChild('2026-08-31', '2027-02-27')).toBe('infant-0-6')
    expect(stageForChild('2026-08-31', '2027-02-28')).toBe('infant-6-12')
  })
})

describe('the pregnancy’s stage', () => {
  const lmpWeeksAgo = (weeks: number, days = 0) => addDays(TODAY, -(weeks * 7 + days))
  test('孕早期 to 13+6, 孕中期 to 27+6, then 孕晚期, also past the due date', () => {
    expect(stageForPregnancy(TODAY, TODAY)).toBe('pregnancy-early')
    expect(stageForPregnancy(lmpWeeksAgo(13, 6), TODAY)).toBe('pregnancy-early')
    expect(stageForPregnancy(lmpWeeksAgo(14), TODAY)).toBe('pregnancy-mid')
    expect(stageForPregnancy(lmpWeeksAgo(27, 6), TODAY)).toBe('pregnancy-mid')
    expect(stageForPregnancy(lmpWeeksAgo(28), TODAY)).toBe('pregnancy-late')
    expect(stageForPregnancy(lmpWeeksAgo(41), TODAY)).toBe('pregnancy-late')
    expect(stageForPregnancy(lmpWeeksAgo(42), TODAY)).toBe('pregnancy-late')
    expect(stageForPregnancy(lmpWeeksAgo(42, 1), TODAY)).toBeNull()
    expect(stageForPregnancy(addDays(TODAY, 1), TODAY)).toBeNull()
  })

  test('the feed offers the pregnancy and each child under three, or 备孕', () => {
    const family = {
      pregnancy: { lmp: lmpWeeksAgo(41) },
      children: [
        { id: 'c1', name: '乐乐', birthDate: addMonths(TODAY, -14) },
        { id: 'c2', name: '大宝', birthDate: addMonths(TODAY, -50) },
      ],
    }
    expect(stageChoices(family, TODAY)).toEqual([
      { key: 'pregnancy', label: '孕晚期（已过预产期）', stage: 'pregnancy-late' },
      { key: 'c1', label: '乐乐 · 1–2岁', stage: 'toddler-12-24' },
    ])
    expect(stageChoices({ pregnancy: null, children: [] }, TODAY)).toEqual([{ key: 'preparing', label: '备孕', stage: 'preparing' }])
  })

  test('children come youngest first, so a baby just born is whom the feed opens for', () => {
    const family = {
      pregnancy: null,
      children: [
        { id: 'c1', name: '乐乐', birthDate: addMonths(TODAY, -14) },
        { id: 'c3', name: '安安', birthDate: addDays(TODAY, -1) },
      ],
    }
    expect(stageChoices(family, TODAY).map((choice) => choice.label)).toEqual(['安安 · 0–6月', '乐乐 · 1–2岁'])
  })
})

describe('search matching', () => {
  const article = { title: '8个月宝宝辅食怎么加', summary: '从泥糊到碎末，锻炼咀嚼', text: '强化铁的米粉是第一口辅食。NT检查在孕11周。' }

  test('every word must appear somewhere; title hits score highest', () => {
    expect(matchScore(article, queryTerms('辅食'))).toBe(10)
    expect(matchScore(article, queryTerms('咀嚼'))).toBe(3)
    expect(matchScore(article, queryTerms('米粉'))).toBe(1)
    expect(matchScore(article, queryTerms('辅食 米粉'))).toBe(11)
    expect(matchScore(article, queryTerms('辅食 蜂蜜'))).toBe(0)
  })

  test('full-width letters, case and extra spaces do not matter', () => {
    expect(normaliseQuery('  ＮＴ　检查  ')).toBe('nt 检查')
    expect(matchScore(article, queryTerms('ｎｔ'))).toBe(1)
    expect(queryTerms('   ')).toEqual([])
    expect(matchScore(article, [])).toBe(1)
  })
})

describe('which articles the feed shows', () => {
  const article = (id: string, stages: StageId[], score: number, publishedAt: string | null = '2026-10-01T08:00:00.000Z') => ({ id, stages, score, publishedAt })
  const ARTICLES = [
    article('food-6-12', ['infant-6-12'], 10),
    article('food-12-24', ['toddler-12-24'], 10, '2026-11-01T08:00:00.000Z'),
    article('milk-late', ['pregnancy-late'], 1, '2026-09-01T08:00:00.000Z'),
    article('gtt-mid', ['pregnancy-mid'], 1),
    article('weight-mid-late', ['pregnancy-mid', 'pregnancy-late'], 3),
    article('no-match', ['pregnancy-mid'], 0),
  ]
  const ids = (result: { hits: Array<{ id: string }> }) => result.hits.map((hit) => hit.id)

  it('browsing keeps to the chosen stage', () => {
    const result = feedHits(ARTICLES, 'pregnancy-mid', false)
    expect(ids(result)).toEqual(['weight-mid-late', 'gtt-mid'])
    expect(result.inStage).toBeNull()
  })

  it('a search looks through every stage, the chosen stage’s hits first, then by match and date', () => {
    const result = feedHits(ARTICLES, 'pregnancy-mid', true)
    expect(ids(result)).toEqual(['weight-mid-late', 'gtt-mid', 'food-12-24', 'food-6-12', 'milk-late'])
    expect(result.inStage).toBe(2)
  })

  it('a search that finds nothing in the chosen stage still finds the rest, and says none fit', () => {
    const result = feedHits(ARTICLES, 'toddler-24-36', true)
    expect(ids(result)).toEqual(['food-12-24', 'food-6-12', 'weight-mid-late', 'gtt-mid', 'milk-late'])
    expect(result.inStage).toBe(0)
  })

  it('with no stage chosen there is nothing to put first', () => {
    expect(feedHits(ARTICLES, undefined, true).inStage).toBeNull()
    expect(ids(feedHits(ARTICLES, undefined, false))).toEqual(['food-12-24', 'food-6-12', 'weight-mid-late', 'gtt-mid', 'milk-late'])
  })

  it('never lists an article that does not match, and lists nothing from nothing', () => {
    expect(ids(feedHits(ARTICLES, 'pregnancy-mid', true))).not.toContain('no-match')
    expect(feedHits([], 'pregnancy-mid', true)).toEqual({ hits: [], inStage: 0 })
  })

  it('an unpublished date sorts last among equals', () => {
    const result = feedHits([article('draft', ['infant-0-6'], 1, null), article('live', ['infant-0-6'], 1)], 'infant-0-6', false)
    expect(ids(result)).toEqual(['live', 'draft'])
  })
})

describe('article rules', () => {
  const complete: ArticleInput = {
    title: '宝宝发烧了怎么办',
    stages: ['infant-6-12'],
    topic: 'common-illness',
    summary: '体温超过38.5℃、精神差或不满3个月发热，要及时就医。',
    body: [
      { kind: 'paragraph', text: '发热是身体在对抗感染。先看精神状态：能吃能玩的孩子，可以先在家观察，多喝水、少穿一点，不要捂汗。' },
      { kind: 'paragraph', text: '不满3个月的宝宝发热，或者发热伴有精神差、抽搐、皮疹，要马上去医院。' },
    ],
    cover: null,
  }

  test('a draft needs only a title of 5–40 characters', () => {
    expect(articleErrors({ ...complete, stages: [], topic: '', summary: '', body: [] }, 'draft')).toEqual({})
    expect(articleErrors({ ...complete, title: '发烧' }, 'draft')).toEqual({ title: '标题至少5个字' })
    expect(articleErrors({ ...complete, title: '发'.repeat(40) }, 'draft')).toEqual({})
    expect(articleErrors({ ...complete, title: '发'.repeat(41) }, 'draft')).toEqual({ title: '最多40个字，已超出1个字，请删减' })
  })

  test('publishing needs stages, a topic, a summary and a real body', () => {
    expect(articleErrors(complete, 'publish')).toEqual({})
    expect(articleErrors({ ...complete, body: [{ kind: 'paragraph', text: '发热要多喝水。' }] }, 'publish')).toEqual({ body: '正文至少50个字' })
    expect(articleErrors({ ...complete, stages: [], topic: '', summary: '太短', body: [] }, 'publish')).toEqual({
      stages: '请至少选择一个阶段',
      topic: '请选择一个主题',
      summary: '摘要至少10个字',
      body: '正文至少要有一个段落',
    })
    const emptyBlock = articleErrors({ ...complete, body: [...complete.body, { kind: 'list', items: ['', ' '] }] }, 'publish')
    expect(emptyBlock).toEqual({ 'body.2': '这一段是空的，请填写或删除' })
  })

  test('the editor is told when the body has too many blocks or a list too many items, as the backend would refuse them', () => {
    const paragraph = complete.body[0]
    expect(articleErrors({ ...complete, body: Array.from({ length: 60 }, () => paragraph) }, 'publish')).toEqual({})
    expect(articleErrors({ ...complete, body: Array.from({ length: 61 }, () => paragraph) }, 'draft')).toEqual({ body: '正文最多60块，请合并或删减' })
    expect(articleErrors({ ...complete, body: Array.from({ length: 61 }, () => paragraph) }, 'publish')).toEqual({ body: '正文最多60块，请合并或删减' })
    const items = (count: number) => Array.from({ length: count }, (_, n) => `第${n + 1}条`)
    expect(articleErrors({ ...complete, body: [paragraph, { kind: 'list', items: items(30) }] }, 'draft')).toEqual({})
    expect(articleErrors({ ...complete, body: [paragraph, { kind: 'list', items: items(31) }] }, 'draft')).toEqual({ 'body.1': '一个列表最多30条，请删减或拆成两个列表' })
  })

  test('reading time is at least a minute, about 400 characters a minute', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(1000)).toBe(3)
  })
})

describe('labels by a value from outside', () => {
  test('a stage or topic has its label; a name from Object.prototype has none', () => {
    expect(stageLabel('toddler-12-24')).toBe('1–2岁')
    expect(topicLabel('feeding')).toBe('营养喂养')
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', '']) {
      expect(stageLabel(name)).toBe('')
      expect(topicLabel(name)).toBe('')
    }
  })
})
