import { safeParse } from 'valibot'
import { guidanceArea } from '../../mock/areas/guidance'
import { GuidanceStateSchema, type GuidanceState } from '../../mock/areas/guidance/state'
import { createMemoryStorage } from '../../mock/core/storage'
import { storedArea, storedState } from '../support/stored-area'

const { KEY, seeded, stored, open, itKeepsTheStoredSeed, expectSetAsideOnce } = storedArea(guidanceArea)

/** The seed with one article changed: the draft art-d01. */
const withDraft = (patch: Record<string, unknown>) => {
  const state = seeded()
  return { ...state, articles: { ...state.articles, 'art-d01': { ...state.articles['art-d01'], ...patch } } }
}

const feedTotal = async (call: ReturnType<typeof open>['call']) => ((await call('guidance.feed', null, null)) as { total: number }).total

describe('优生优育进万家 stored state', () => {
  it('the seeded state passes its schema', () => {
    expect(safeParse(GuidanceStateSchema, seeded()).success).toBe(true)
  })

  it.each([
    ['an empty object', {}],
    ['articles as a list', { ...seeded(), articles: Object.values(seeded().articles) }],
    ['favourites as a list', { ...seeded(), favourites: ['art-c14'] }],
    ['a title as a number', withDraft({ title: 2026 })],
    ['counts missing', withDraft({ counts: undefined })],
    ['a status outside its set', withDraft({ status: 'archived' })],
    ['a topic outside its set', withDraft({ topic: 'cooking' })],
    ['a block of an unknown kind', withDraft({ body: [{ kind: 'image', src: 'a.png' }] })],
    ['a history entry without its article', { ...seeded(), history: { 'u-parent': [{ readAt: '2026-11-20T02:00:00.000Z' }] } }],
  ])('data of the wrong shape (%s) is set aside, re-seeded, told once, and the feed still answers', async (_name, state) => {
    const broken = stored(state)
    const storage = createMemoryStorage({ [KEY]: broken })
    const told: string[] = []
    const { call, signIn } = open(storage, told)
    const token = await signIn()
    expect(await feedTotal(call)).toBe(44)
    expect(((await call('guidance.favourites', null, token)) as Array<{ id: string }>).map((item) => item.id)).toEqual(['art-c14', 'art-p12'])
    expectSetAsideOnce(storage, told, broken)
  })

  itKeepsTheStoredSeed()

  it('keeps what was written through the backend across a reload, without setting anything aside', async () => {
    const storage = createMemoryStorage()
    const told: string[] = []
    const first = open(storage, told)
    const parent = await first.signIn()
    await first.call('guidance.favourite', { id: 'art-c08', on: true }, parent, 'fav-c08')
    await first.call('guidance.article', { id: 'art-c01', from: 'u-parent-2' }, parent)
    await first.call('guidance.share', { id: 'art-c01' }, parent, 'share-c01')
    const instructor = await first.signIn('u-instructor')
    const draft = { title: '冬季宝宝皮肤护理要点', stages: [], topic: '', summary: '', body: [{ kind: 'list', items: ['洗澡水温37℃左右'] }], cover: null }
    const created = (await first.call('guidance.save', { article: draft }, instructor, 'new-draft')) as { id: string }
    await first.call('guidance.unpublish', { id: 'art-c01' }, instructor, 'unpublish-c01')

    const second = open(storage, told)
    expect(told).toEqual([])
    expect(((await second.call('guidance.favourites', null, parent)) as Array<{ id: string }>)[0].id).toBe('art-c08')
    const mine = (await second.call('guidance.mine', null, instructor)) as Array<{ id: string; status: string }>
    expect(mine.find((article) => article.id === created.id)?.status).toBe('draft')
    expect(mine.find((article) => article.id === 'art-c01')?.status).toBe('draft')
    expect(await feedTotal(second.call)).toBe(43)
    const state = storedState<GuidanceState>(storage, 'guidance')
    expect(state.history['u-parent'].map((entry) => entry.articleId)).toEqual(['art-c01'])
    expect(safeParse(GuidanceStateSchema, state).success).toBe(true)
  })
})
