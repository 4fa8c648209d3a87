import { safeParse } from 'valibot'
import { centresArea } from '../../mock/areas/centres'
import { CentresStateSchema } from '../../mock/areas/centres/state'
import { createMemoryStorage } from '../../mock/core/storage'
import { storedArea, storedState } from '../support/stored-area'

const { KEY, seeded, stored, open, itKeepsTheStoredSeed, expectSetAsideOnce } = storedArea(centresArea)

const VISIT = {
  id: 'visit-1',
  userId: 'u-parent',
  centreId: 'ctr-0001',
  date: '2026-11-25',
  slot: 'morning',
  phone: '13857161234',
  childAgeMonths: 14,
  status: 'pending',
  createdAt: '2026-11-24T02:00:00.000Z',
}
/** The seed with one visit stored, patched. */
const withVisit = (patch: Record<string, unknown>) => ({ ...seeded(), visits: { 'visit-1': { ...VISIT, ...patch } }, nextId: 2 })

const searchTotal = async (call: ReturnType<typeof open>['call']) => ((await call('centres.search', {}, null)) as { total: number }).total

describe('托育机构 stored state', () => {
  it('the seeded state passes its schema, and so does a state on the 5,000-centre data set with visits', () => {
    // The centres themselves are generated, never stored: only the size of the data set in use is.
    expect(safeParse(CentresStateSchema, seeded()).success).toBe(true)
    const large = { ...withVisit({ status: 'cancelled', cancelledAt: '2026-11-24T03:00:00.000Z', answerSeen: true }), datasetSize: 5000 }
    expect(safeParse(CentresStateSchema, large).success).toBe(true)
  })

  it.each([
    ['an empty object', {}],
    ['visits as a list', { ...seeded(), visits: [VISIT] }],
    ['favourites as text', { ...seeded(), favourites: 'ctr-0001' }],
    ['a data set size outside its set', { ...seeded(), datasetSize: 300 }],
    ['a child age as text', withVisit({ childAgeMonths: '14' })],
    ['a visit without its centre', withVisit({ centreId: undefined })],
    ['a status outside its set', withVisit({ status: 'confirmed' })],
    ['a slot outside its set', withVisit({ slot: 'night' })],
  ])('data of the wrong shape (%s) is set aside, re-seeded, told once, and search still answers', async (_name, state) => {
    const broken = stored(state)
    const storage = createMemoryStorage({ [KEY]: broken })
    const told: string[] = []
    const { call, signIn } = open(storage, told)
    const token = await signIn()
    expect(await searchTotal(call)).toBe(200)
    expect(await call('centres.myVisits', null, token)).toEqual([])
    expectSetAsideOnce(storage, told, broken)
  })

  itKeepsTheStoredSeed()

  it('keeps what was written through the backend across a reload, without setting anything aside', async () => {
    const storage = createMemoryStorage()
    const told: string[] = []
    const first = open(storage, told)
    const token = await first.signIn()
    await first.call('centres.favourite', { id: 'ctr-0002', on: true }, token, 'fav-2')
    const request = { centreId: 'ctr-0001', date: '2026-11-25', slot: 'morning', phone: '13857161234', childAgeMonths: 14 }
    const kept = (await first.call('centres.requestVisit', request, token, 'visit-a')) as { id: string }
    const cancelled = (await first.call('centres.requestVisit', { ...request, centreId: 'ctr-0002', slot: 'afternoon' }, token, 'visit-b')) as { id: string }
    await first.call('centres.cancelVisit', { id: cancelled.id }, token, 'cancel-b')
    await first.call('centres.readAnswers', null, token)
    await first.call('centres.useDataset', { size: 5000 }, token)

    const second = open(storage, told)
    expect(told).toEqual([])
    expect(await searchTotal(second.call)).toBe(5000)
    expect(((await second.call('centres.favourites', null, token)) as Array<{ id: string }>).map((centre) => centre.id)).toEqual(['ctr-0002'])
    const visits = (await second.call('centres.myVisits', null, token)) as Array<{ id: string; status: string }>
    expect(Object.fromEntries(visits.map((visit) => [visit.id, visit.status]))).toEqual({ [kept.id]: 'pending', [cancelled.id]: 'cancelled' })
    expect(safeParse(CentresStateSchema, storedState(storage, 'centres')).success).toBe(true)
  })
})
