import type { ArticleInput } from '@/domain/article'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

const DAY = 24 * 60 * 60 * 1000

const complementaryFood: ArticleInput = {
  title: '8个月宝宝辅食怎么加：从泥糊到碎末',
  stages: ['infant-6-12'],
  topic: 'feeding',
  summary: '6个月后母乳之外要及时添加辅食，8个月左右可以从泥糊状过渡到碎末状，锻炼咀嚼。',
  body: [
    { kind: 'heading', text: '先加富含铁的食物' },
    { kind: 'paragraph', text: '强化铁的米粉、肉泥、肝泥是第一批辅食的好选择，每次只加一种新食物，观察两三天没有过敏再加下一种。' },
    { kind: 'list', items: ['不加盐、糖和酱油', '1岁以内不喂蜂蜜', '坐在餐椅上吃，不追着喂'] },
  ],
  cover: 'leaf',
}

describeContract('优生优育 guidance', (h) => {
  it('gives a paged feed of published articles, newest first, filterable by stage and topic', async () => {
    const first = await h().call('guidance.feed', { pageSize: 20 })
    expect(first.total).toBeGreaterThanOrEqual(40)
    expect(first.items).toHaveLength(20)
    expect(first.hasMore).toBe(true)
    const dates = first.items.map((item) => item.publishedAt!)
    expect([...dates].sort().reverse()).toEqual(dates)
    const last = await h().call('guidance.feed', { pageSize: 20, page: Math.ceil(first.total / 20) })
    expect(last.hasMore).toBe(false)
    expect(first.items.map((item) => item.id)).not.toContain('art-d01')

    const feeding612 = await h().call('guidance.feed', { stage: 'infant-6-12', topic: 'feeding' })
    expect(feeding612.total).toBeGreaterThan(0)
    for (const item of feeding612.items) {
      expect(item.stages).toContain('infant-6-12')
      expect(item.topic).toBe('feeding')
    }
  })

  it('searches titles and bodies, every word must match, title hits first', async () => {
    const hits = await h().call('guidance.feed', { query: '辅食' })
    expect(hits.total).toBeGreaterThan(1)
    expect(hits.items[0].title).toContain('辅食')
    const both = await h().call('guidance.feed', { query: '叶酸 0.4毫克' })
    expect(both.total).toBeGreaterThan(0)
    expect((await h().call('guidance.feed', { query: '叶酸 不存在的词语' })).total).toBe(0)
    expect((await h().call('guidance.feed', { query: 'ＮＴ' })).total).toBe((await h().call('guidance.feed', { query: 'nt' })).total)
  })

  it('a search with a stage looks through every stage, that stage’s articles first, and says how many fit', async () => {
    // Nothing about 辅食 is written for 孕中期, but the articles exist and are found.
    const food = await h().call('guidance.feed', { stage: 'pregnancy-mid', query: '辅食' })
    expect(food.total).toBe((await h().call('guidance.feed', { query: '辅食' })).total)
    expect(food.inStage).toBe(0)
    expect(food.items.map((item) => item.title)).toContain('满6个月添加辅食：从富含铁的泥糊状食物开始')

    const weight = await h().call('guidance.feed', { stage: 'pregnancy-late', query: '体重' })
    expect(weight.inStage).toBeGreaterThan(0)
    const inStage = weight.inStage ?? 0
    expect(weight.total).toBeGreaterThan(inStage)
    const fits = weight.items.map((item) => item.stages.includes('pregnancy-late'))
    expect(fits).toEqual([...Array<boolean>(inStage).fill(true), ...Array<boolean>(weight.items.length - inStage).fill(false)])

    // A topic still narrows a search; browsing keeps to the stage and says nothing about others.
    for (const item of (await h().call('guidance.feed', { stage: 'pregnancy-mid', topic: 'feeding', query: '辅食' })).items) expect(item.topic).toBe('feeding')
    const browsing = await h().call('guidance.feed', { stage: 'pregnancy-mid' })
    expect(browsing.inStage).toBeNull()
    for (const item of browsing.items) expect(item.stages).toContain('pregnancy-mid')
    expect((await h().call('guidance.feed', { query: '辅食' })).inStage).toBeNull()
  })

  it('opens an article with its author, reading time and related articles', async () => {
    const article = await h().call('guidance.article', { id: 'art-c08' })
    expect(article.body.length).toBeGreaterThan(2)
    expect(article.author.name).toMatch(/陈静|周蕾/)
    expect(article.author.organisation).toBeTruthy()
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1)
    expect(article.related.length).toBeGreaterThan(0)
    expect(article.related.map((item) => item.id)).not.toContain('art-c08')
    expect(article.favourite).toBe(false)
    await expectServiceError(h().call('guidance.article', { id: 'art-nope' }), 'NOT_FOUND')
  })

  it('counts one view per reader per article per day, not the author’s own', async () => {
    const views = async () => (await h().call('guidance.mine')).find((item) => item.id === 'art-c01')!.counts.views
    await h().signInAs('u-instructor')
    const before = await views()
    await h().call('guidance.article', { id: 'art-c01' })
    expect(await views()).toBe(before)

    await h().signInAs('u-parent')
    await h().call('guidance.article', { id: 'art-c01' })
    await h().call('guidance.article', { id: 'art-c01' })
    await h().signInAs('u-instructor')
    expect(await views()).toBe(before + 1)

    h().clock.advance(DAY)
    await h().signInAs('u-parent')
    await h().call('guidance.article', { id: 'art-c01' })
    await h().signInAs('u-instructor')
    expect(await views()).toBe(before + 2)
  })

  it('favourites survive, move the counter once, and are listed; replay changes nothing', async () => {
    await h().signInAs('u-parent')
    const seeded = await h().call('guidance.favourites')
    expect(seeded.map((item) => item.id)).toEqual(['art-c14', 'art-p12'])
    await h().call('guidance.favourite', { id: 'art-c08', on: true }, { idempotencyKey: 'fav-1' })
    await h().call('guidance.favourite', { id: 'art-c08', on: true }, { idempotencyKey: 'fav-1' })
    await h().call('guidance.favourite', { id: 'art-c08', on: true }, { idempotencyKey: 'fav-2' })
    expect((await h().call('guidance.favourites')).map((item) => item.id)).toEqual(['art-c08', 'art-c14', 'art-p12'])
    expect((await h().call('guidance.article', { id: 'art-c08' })).favourite).toBe(true)
    await h().call('guidance.favourite', { id: 'art-c08', on: false }, { idempotencyKey: 'unfav' })
    expect((await h().call('guidance.favourites')).map((item) => item.id)).not.toContain('art-c08')
    await expectServiceError(h().call('guidance.favourite', { id: 'art-d01', on: true }, { idempotencyKey: 'fav-draft' }), 'NOT_FOUND')
  })

  it('keeps reading history, most recent first, once per article', async () => {
    await h().signInAs('u-parent')
    await h().call('guidance.article', { id: 'art-c01' })
    await h().call('guidance.article', { id: 'art-c02' })
    await h().call('guidance.article', { id: 'art-c01' })
    expect((await h().call('guidance.history')).map((entry) => entry.article.id)).toEqual(['art-c01', 'art-c02'])
  })

  it('credits reads that come through a share link to the share', async () => {
    await h().signInAs('u-instructor')
    const before = (await h().call('guidance.mine')).find((item) => item.id === 'art-c05')!.counts
    await h().signInAs('u-parent')
    const { path } = await h().call('guidance.share', { id: 'art-c05' }, { idempotencyKey: 'share-1' })
    expect(path).toBe('/features/guidance/pages/article/index?id=art-c05&from=u-parent')
    await h().signInAs('u-special')
    await h().call('guidance.article', { id: 'art-c05', from: 'u-parent' })
    await h().signInAs('u-instructor') // 陈静 wrote art-c05
    const counts = (await h().call('guidance.mine')).find((item) => item.id === 'art-c05')!.counts
    expect(counts).toMatchObject({ shares: before.shares + 1, sharedReads: before.sharedReads + 1 })
  })

  it('lets an instructor write a draft, preview it, publish it, and parents then see it', async () => {
    await h().signInAs('u-instructor')
    const draft = await h().call('guidance.save', { article: { ...complementaryFood, summary: '', body: [] } }, { idempotencyKey: 'create-1' })
    expect(draft.status).toBe('draft')
    const replay = await h().call('guidance.save', { article: { ...complementaryFood, summary: '', body: [] } }, { idempotencyKey: 'create-1' })
    expect(replay.id).toBe(draft.id)
    expect((await h().call('guidance.mine')).filter((item) => item.title === complementaryFood.title)).toHaveLength(1)

    const incomplete = await expectServiceError(h().call('guidance.publish', { id: draft.id }, { idempotencyKey: 'pub-early' }), 'VALIDATION')
    expect(incomplete.fieldErrors).toMatchObject({ summary: '摘要至少10个字', body: '正文至少要有一个段落' })

    await h().call('guidance.save', { id: draft.id, article: complementaryFood }, { idempotencyKey: 'edit-1' })
    expect((await h().call('guidance.article', { id: draft.id })).status).toBe('draft')
    await h().signInAs('u-parent')
    await expectServiceError(h().call('guidance.article', { id: draft.id }), 'NOT_FOUND')
    expect((await h().call('guidance.feed', { query: '从泥糊到碎末' })).total).toBe(0)

    await h().signInAs('u-instructor')
    await h().call('guidance.publish', { id: draft.id }, { idempotencyKey: 'pub-1' })
    await h().signInAs('u-parent')
    const feed = await h().call('guidance.feed', { stage: 'infant-6-12' })
    expect(feed.items[0].id).toBe(draft.id)
    expect((await h().call('guidance.feed', { query: '从泥糊到碎末' })).items.map((item) => item.id)).toEqual([draft.id])

    await h().signInAs('u-instructor')
    await h().call('guidance.unpublish', { id: draft.id }, { idempotencyKey: 'unpub-1' })
    await h().signInAs('u-parent')
    await expectServiceError(h().call('guidance.article', { id: draft.id }), 'NOT_FOUND')
  })

  it('checks titles and refuses to save a published article into an incomplete state', async () => {
    await h().signInAs('u-instructor')
    const short = await expectServiceError(h().call('guidance.save', { article: { ...complementaryFood, title: '辅食' } }, { idempotencyKey: 'short' }), 'VALIDATION')
    expect(short.fieldErrors?.title).toBe('标题至少5个字')
    const long = await expectServiceError(h().call('guidance.save', { article: { ...complementaryFood, title: '很'.repeat(41) } }, { idempotencyKey: 'long' }), 'VALIDATION')
    expect(long.fieldErrors?.title).toBe('最多40个字，已超出1个字，请删减')
    const live = await expectServiceError(h().call('guidance.save', { id: 'art-c01', article: { ...complementaryFood, body: [] } }, { idempotencyKey: 'k' }), 'VALIDATION')
    expect(live.fieldErrors?.body).toBeTruthy()
  })

  it('enforces who may write: only instructors, only the author', async () => {
    await h().signInAs('u-parent')
    await expectServiceError(h().call('guidance.save', { article: complementaryFood }, { idempotencyKey: 'parent-create' }), 'FORBIDDEN')
    await expectServiceError(h().call('guidance.mine'), 'FORBIDDEN')
    await expectServiceError(h().call('guidance.editable', { id: 'art-c01' }), 'FORBIDDEN')
    await expectServiceError(h().call('guidance.publish', { id: 'art-d01' }, { idempotencyKey: 'parent-pub' }), 'FORBIDDEN')

    await h().signInAs('u-instructor')
    const byOther = (await h().call('guidance.feed', { pageSize: 50 })).items.find((item) => item.authorName === '周蕾')!
    await expectServiceError(h().call('guidance.editable', { id: byOther.id }), 'FORBIDDEN')
    await expectServiceError(h().call('guidance.save', { id: byOther.id, article: complementaryFood }, { idempotencyKey: 'not-mine' }), 'FORBIDDEN')
    await expectServiceError(h().call('guidance.unpublish', { id: byOther.id }, { idempotencyKey: 'not-mine-2' }), 'FORBIDDEN')
    expect((await h().call('guidance.article', { id: byOther.id })).status).toBe('published')
  })

  it('requires signing in to favourite, share or see history', async () => {
    await expectServiceError(h().call('guidance.favourite', { id: 'art-c01', on: true }, { idempotencyKey: 'k' }), 'UNAUTHENTICATED')
    await expectServiceError(h().call('guidance.share', { id: 'art-c01' }, { idempotencyKey: 'k2' }), 'UNAUTHENTICATED')
    await expectServiceError(h().call('guidance.history'), 'UNAUTHENTICATED')
  })
})
