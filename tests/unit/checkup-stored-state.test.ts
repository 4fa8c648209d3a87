import { safeParse } from 'valibot'
import { checkupArea } from '../../mock/areas/checkup'
import { CheckupStateSchema } from '../../mock/areas/checkup/state'
import { createMemoryStorage } from '../../mock/core/storage'
import { storedArea, storedState } from '../support/stored-area'

const { KEY, seeded, stored, open, itKeepsTheStoredSeed, expectSetAsideOnce } = storedArea(checkupArea)

const withSeed = (patch: (state: ReturnType<typeof seeded>) => unknown) => patch(seeded())

describe('婚孕检 stored state', () => {
  it('the seeded state passes its schema', () => {
    expect(safeParse(CheckupStateSchema, seeded()).success).toBe(true)
  })

  it.each([
    ['an empty object', {}],
    ['answers as a list', { answers: [], visits: {} }],
    ['visits as a list', withSeed((state) => ({ ...state, visits: [state.visits['u-parent']] }))],
    ['a visit date as a number', withSeed((state) => ({ ...state, visits: { 'u-parent': { lmp: '2026-07-04', records: { v01: { date: 20260901 } } } } }))],
    ['an LMP missing', withSeed((state) => ({ ...state, visits: { 'u-parent': { records: {} } } }))],
    ['a visit the schedule does not have', withSeed((state) => ({ ...state, visits: { 'u-parent': { lmp: '2026-07-04', records: { v99: { date: '2026-09-01' } } } } }))],
    [
      'a residency outside its set',
      withSeed((state) => ({
        ...state,
        answers: { 'u-parent': { answers: { residency: 'abroad', marital: 'married', planning: true, pregnant: false }, savedAt: '2026-11-20T02:00:00.000Z' } },
      })),
    ],
  ])('data of the wrong shape (%s) is set aside, re-seeded, told once, and the timeline still answers', async (_name, state) => {
    const broken = stored(state)
    const storage = createMemoryStorage({ [KEY]: broken })
    const told: string[] = []
    const { call, signIn } = open(storage, told)
    const token = await signIn()
    const timeline = (await call('checkup.timeline', null, token)) as { records: Record<string, unknown> }
    expect(Object.keys(timeline.records).sort()).toEqual(['v01', 'v02', 'v03'])
    expectSetAsideOnce(storage, told, broken)
  })

  itKeepsTheStoredSeed()

  it('keeps what was written through the backend across a reload, without setting anything aside', async () => {
    const storage = createMemoryStorage()
    const told: string[] = []
    const first = open(storage, told)
    const token = await first.signIn()
    const answers = { residency: 'hukou', marital: 'married', planning: true, pregnant: true, lmp: '2026-07-04', district: '西湖区' }
    await first.call('checkup.saveAnswers', { answers }, token, 'answers')
    await first.call('checkup.markVisit', { visitId: 'v04', date: '2026-11-22', note: '大排畸未见异常' }, token, 'mark-v04')
    await first.call('checkup.unmarkVisit', { visitId: 'v02' }, token, 'unmark-v02')

    const second = open(storage, told)
    expect(told).toEqual([])
    const timeline = (await second.call('checkup.timeline', null, token)) as { records: Record<string, unknown> }
    expect(Object.keys(timeline.records).sort()).toEqual(['v01', 'v03', 'v04'])
    expect(timeline.records.v04).toEqual({ date: '2026-11-22', note: '大排畸未见异常' })
    expect(((await second.call('checkup.myAnswers', null, token)) as { answers: unknown }).answers).toEqual(answers)
    expect(safeParse(CheckupStateSchema, storedState(storage, 'checkup')).success).toBe(true)
  })
})
