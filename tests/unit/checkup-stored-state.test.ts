import { safeParse } from 'valibot'
import { checkupArea } from '../../mock/areas/checkup'
import { CheckupStateSchema } from '../../mock/areas/checkup/state'
import { createMemoryStorage } from '../../mock/core/storage'
import { DEFAULT_NOW } from '../support/clock'
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

describe('婚孕检 stored history of past pregnancies', () => {
  const PAST = { lmp: '2025-12-01', records: { v01: { date: '2026-02-01', note: '建册' } }, consentEpoch: 0 }

  it.each([
    ['history as a list', withSeed((state) => ({ ...state, history: [] }))],
    ['a user’s history as an object', withSeed((state) => ({ ...state, history: { 'u-parent': PAST } }))],
    ['a past visit the schedule does not have', withSeed((state) => ({ ...state, history: { 'u-parent': [{ ...PAST, records: { v99: { date: '2026-02-01' } } }] } }))],
    ['more than ten past pregnancies', withSeed((state) => ({ ...state, history: { 'u-parent': Array.from({ length: 11 }, () => PAST) } }))],
    ['no history at all', withSeed(({ history: _history, ...state }) => state)],
  ])('data of the wrong shape (%s) is set aside and re-seeded', async (_name, state) => {
    const broken = stored(state)
    const storage = createMemoryStorage({ [KEY]: broken })
    const told: string[] = []
    const { call, signIn } = open(storage, told)
    const token = await signIn()
    expect(await call('checkup.history', null, token)).toEqual({ pregnancies: [] })
    expectSetAsideOnce(storage, told, broken)
  })

  it('an ended pregnancy moved to history by a write is there after a reload', async () => {
    const storage = createMemoryStorage()
    const told: string[] = []
    const first = open(storage, told)
    const token = await first.signIn()
    await first.call('profile.endPregnancy', { end: { lmp: '2026-07-04', outcome: 'ended' } }, token, 'ended')
    await first.call('checkup.unmarkVisit', { visitId: 'v03' }, token, 'unmark-v03')
    const answered = (await first.call('checkup.history', null, token)) as { pregnancies: Array<{ records: Array<{ visitId: string }> }> }
    expect(answered.pregnancies.map((past) => past.records.map((record) => record.visitId))).toEqual([['v01', 'v02', 'v03']])

    const second = open(storage, told)
    expect(told).toEqual([])
    expect(await second.call('checkup.history', null, token)).toEqual(answered)
    const state = storedState<ReturnType<typeof seeded>>(storage, 'checkup')
    expect(safeParse(CheckupStateSchema, state).success).toBe(true)
    expect(state.visits).toEqual({})
    expect(Object.keys(state.history['u-parent'][0].records)).toEqual(['v01', 'v02', 'v03'])
  })

  it('a pregnancy that ended under version 2 (its visits still stored) shows in history', async () => {
    const v2 = withSeed(({ history: _history, ...state }) => ({ ...state, visits: { 'u-parent': { ...PAST, lmp: '2025-12-01' } } }))
    const storage = createMemoryStorage({ [KEY]: JSON.stringify({ schemaVersion: 2, savedAt: DEFAULT_NOW, state: v2 }) })
    const told: string[] = []
    const { call, signIn } = open(storage, told)
    const token = await signIn()
    expect(await call('checkup.history', null, token)).toEqual({
      pregnancies: [{ lmp: '2025-12-01', dueDate: '2026-09-07', endedOn: null, records: [{ visitId: 'v01', title: '建档与首次产检', date: '2026-02-01', note: '建册' }] }],
    })
    expect(told).toEqual([])
  })
})
