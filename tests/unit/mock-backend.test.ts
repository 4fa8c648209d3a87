import { array, boolean, object, optional, string } from 'valibot'
import { defineContractArea, type MockArea } from '../../mock/core/area'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage } from '../../mock/core/storage'
import { checkupArea } from '../../mock/areas/checkup'
import { methods } from '@/contract/method'
import { nothing, text } from '@/contract/schema-kit'
import { ServiceError } from '@/contract/errors'
import type { RpcResponse } from '@/contract/rpc'
import { createTestClock } from '../support/clock'
import { readStoredArea } from '../../mock/core/persistence'
import { storedText } from '../support/stored-area'

/** A small area that exists only to exercise the backend's machinery. */
const notesMethods = methods({
  'notes.list': { summary: '便签列表', payload: nothing, result: array(string()) },
  'notes.add': {
    summary: '添加便签',
    payload: object({ text: text('便签', { min: 1, max: 100 }), failAfterWriting: optional(boolean()) }),
    result: array(string()),
  },
  'notes.staffOnly': { summary: '仅工作人员', payload: nothing, result: string() },
})
interface NotesState {
  notes: string[]
}

function notesArea(schemaVersion = 2): MockArea<never> {
  return defineContractArea({
    name: 'notes',
    schemaVersion,
    seed: (): NotesState => ({ notes: ['种子便签'] }),
    migrations: {
      // Version 1 stored a single comma-separated string.
      1: (stored) => ({ notes: String((stored as { text: string }).text).split(',') }),
    },
    contract: notesMethods,
    handlers: {
      'notes.list': { access: 'signed-in', handle: ({ state }) => state.notes },
      'notes.add': {
        access: 'signed-in',
        write: true,
        handle: ({ state }, payload) => {
          state.notes.push(payload.text)
          if (payload.failAfterWriting) throw new ServiceError('CONFLICT', '写到一半失败')
          return state.notes
        },
      },
      'notes.staffOnly': { access: ['instructor', 'contact'], handle: () => 'ok' },
    },
  }) as unknown as MockArea<never>
}

function setup(storage = createMemoryStorage(), clock = createTestClock()) {
  const backend = createMockBackend({ storage, now: clock.now, latency: () => 0, areas: [notesArea()] })
  const call = async (method: string, payload: unknown, token: string | null, idempotencyKey?: string) =>
    backend.handle({ method, payload, token, idempotencyKey })
  const signIn = async (identityId: string) => {
    const response = (await call('auth.signIn', { identityId }, null)) as { ok: true; data: { token: string } }
    return response.data.token
  }
  return { backend, storage, clock, call, signIn }
}

const data = (response: RpcResponse) => {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
  return response.data
}

describe('mock backend', () => {
  it('keeps state across a reload from the same storage', async () => {
    const first = setup()
    const token = await first.signIn('u-parent')
    data(await first.call('notes.add', { text: '周六去亲子小屋' }, token))
    const reloaded = setup(first.storage)
    expect(data(await reloaded.call('notes.list', null, token))).toEqual(['种子便签', '周六去亲子小屋'])
  })

  it('migrates stored data from an older schema version instead of dropping it', async () => {
    const storage = createMemoryStorage({
      'family-mock:notes': JSON.stringify({ schemaVersion: 1, savedAt: 1, state: { text: '甲,乙' } }),
    })
    const { call, signIn } = setup(storage)
    const token = await signIn('u-parent')
    expect(data(await call('notes.list', null, token))).toEqual(['甲', '乙'])
    expect(readStoredArea(storage, 'notes')!.schemaVersion).toBe(2)
  })

  it('backs up data it cannot migrate before starting from the seed', async () => {
    const old = JSON.stringify({ schemaVersion: 0, savedAt: 1, state: { whatever: true } })
    const storage = createMemoryStorage({ 'family-mock:notes': old, 'family-mock:core': '{not json' })
    const { call, signIn } = setup(storage)
    const token = await signIn('u-parent')
    expect(data(await call('notes.list', null, token))).toEqual(['种子便签'])
    expect(storage.get('family-mock:notes:backup-v0')).toBe(old)
    expect(storage.get('family-mock:core:unreadable')).toBe('{not json')
  })

  it.each([
    ['an empty object', {}],
    ['users as a list', { users: [], sessions: {}, nextId: 100, resetAt: 0 }],
    ['a user without a role', { users: { 'u-parent': { id: 'u-parent', name: '林晓雯' } }, sessions: {}, nextId: 100, resetAt: 0 }],
    ['sessions as text', { users: {}, sessions: 'none', nextId: 100, resetAt: 0 }],
  ])('core data of the wrong shape (%s) is set aside, re-seeded, told once, and sign-in works', async (_name, state) => {
    const broken = JSON.stringify({ schemaVersion: 3, savedAt: 1, state })
    const storage = createMemoryStorage({ 'family-mock:core': broken })
    const told: string[] = []
    const backend = createMockBackend({ storage, latency: () => 0, onDataSetAside: (area) => told.push(area) })
    const signedIn = data(await backend.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })) as { user: { name: string } }
    expect(signedIn.user.name).toBe('林晓雯')
    expect(storage.get('family-mock:core:invalid-v3')).toBe(broken)
    expect(told).toEqual(['core'])
    // Once: the re-seeded data loads cleanly next time.
    createMockBackend({ storage, latency: () => 0, onDataSetAside: (area) => told.push(area) })
    expect(told).toEqual(['core'])
  })

  it('undoes a write whose rule fails halfway, and saves nothing', async () => {
    const { call, signIn, storage } = setup()
    const token = await signIn('u-parent')
    const failed = await call('notes.add', { text: '半截', failAfterWriting: true }, token)
    expect(failed).toEqual({ ok: false, error: { code: 'CONFLICT', message: '写到一半失败' } })
    expect(data(await call('notes.list', null, token))).toEqual(['种子便签'])
    expect(storedText(storage, 'notes')).not.toContain('半截')
  })

  it('replays a write key only for the same user and method', async () => {
    const { call, signIn } = setup()
    const parent = await signIn('u-parent')
    const instructor = await signIn('u-instructor')
    data(await call('notes.add', { text: '一' }, parent, 'k1'))
    data(await call('notes.add', { text: '一' }, parent, 'k1'))
    data(await call('notes.add', { text: '二' }, instructor, 'k1'))
    expect(data(await call('notes.list', null, parent))).toEqual(['种子便签', '一', '二'])
  })

  it('keeps write keys per person, outside the core data, a bounded number of them', async () => {
    const { call, signIn, storage } = setup()
    const token = await signIn('u-parent')
    for (let i = 0; i < 200; i += 1) data(await call('notes.add', { text: `第${i}条：带宝宝去社区打疫苗，记得带接种本` }, token, `k-${i}`))
    const coreKey = storedText(storage, 'core')
    expect(coreKey).not.toContain('k-199')
    const records = JSON.parse(storage.get('family-mock:idempotency:u-parent')!) as Array<{ key: string }>
    expect(records).toHaveLength(50)
    expect(records[49].key).toBe('k-199')
    // The newest keys still replay; nothing anyone else does can push them out.
    const other = await signIn('u-instructor')
    for (let i = 0; i < 60; i += 1) data(await call('notes.add', { text: `指导员便签${i}` }, other, `o-${i}`))
    const before = (data(await call('notes.list', null, token)) as string[]).length
    data(await call('notes.add', { text: '第199条：带宝宝去社区打疫苗，记得带接种本' }, token, 'k-199'))
    expect((data(await call('notes.list', null, token)) as string[]).length).toBe(before)
  })

  it.each(['__proto__', 'constructor', 'toString'])('a bearer token named %s is no session', async (token) => {
    const { call } = setup()
    const answer = await call('notes.list', null, token)
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('checks the role on every call', async () => {
    const { call, signIn } = setup()
    const parent = await signIn('u-parent')
    const forbidden = await call('notes.staffOnly', null, parent)
    expect(forbidden).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '此功能仅向家庭健康指导员、双岗联系人开放，当前身份为家长' },
    })
    expect(data(await call('notes.staffOnly', null, await signIn('u-contact')))).toBe('ok')
    expect(await call('notes.staffOnly', null, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await call('notes.staffOnly', null, 'forged-token')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('answers an unknown method with NOT_FOUND', async () => {
    const { call } = setup()
    expect(await call('guidance.nothing', null, null)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('fails exactly the next N calls when asked', async () => {
    const { backend, call } = setup()
    backend.failNext(2, { code: 'INTERNAL' })
    expect(await call('auth.identities', null, null)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await call('auth.identities', null, null)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await call('auth.identities', null, null)).toMatchObject({ ok: true })
  })

  it('waits the simulated latency before answering', async () => {
    const backend = createMockBackend({ storage: createMemoryStorage(), latency: () => 120 })
    const started = Date.now()
    await backend.handle({ method: 'auth.identities', payload: null, token: null })
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
  })

  it('reseeds, on load, an area that was not loaded when the demo was reset', async () => {
    const clock = createTestClock()
    const storage = createMemoryStorage()
    const first = setup(storage, clock)
    const token = await first.signIn('u-parent')
    data(await first.call('notes.add', { text: '旧数据' }, token))
    // The app restarts without the notes area (a weapp subpackage not opened yet) and resets.
    clock.advance(1000)
    const withoutNotes = createMockBackend({ storage, now: clock.now, latency: () => 0 })
    data(await withoutNotes.handle({ method: 'demo.reset', payload: null, token }))
    clock.advance(1000)
    const later = setup(storage, clock)
    expect(data(await later.call('notes.list', null, token))).toEqual(['种子便签'])
  })

  it('sweeps an area for withdrawn consents at its first call and after a user record changed, not on every call', async () => {
    let sweeps = 0
    const counted = { ...(notesArea() as unknown as MockArea<NotesState>), forget: () => ((sweeps += 1), false) } as unknown as MockArea<never>
    const backend = createMockBackend({ storage: createMemoryStorage(), now: createTestClock().now, latency: () => 0, areas: [counted] })
    const signedIn = data(await backend.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })) as { token: string }
    for (let i = 0; i < 3; i += 1) data(await backend.handle({ method: 'notes.list', payload: null, token: signedIn.token }))
    expect(sweeps).toBe(1)
    data(await backend.handle({ method: 'profile.withdrawConsent', payload: { scope: 'family-health' }, token: signedIn.token, idempotencyKey: 'w' }))
    data(await backend.handle({ method: 'notes.list', payload: null, token: signedIn.token }))
    data(await backend.handle({ method: 'notes.list', payload: null, token: signedIn.token }))
    expect(sweeps).toBe(2)
  })

  it('an area not loaded when a consent was withdrawn deletes what it covered before its first call', async () => {
    const clock = createTestClock()
    const storage = createMemoryStorage()
    // 林晓雯 saves guided-check answers, in an app that has the 婚孕检 area loaded.
    const withCheckup = createMockBackend({ storage, now: clock.now, latency: () => 0, areas: [checkupArea as unknown as MockArea<never>] })
    const signedIn = data(await withCheckup.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })) as { token: string }
    const answers = { residency: 'hukou', marital: 'married', planning: true, pregnant: false, district: '西湖区' }
    data(await withCheckup.handle({ method: 'checkup.saveAnswers', payload: { answers }, token: signedIn.token, idempotencyKey: 'save' }))
    // The app restarts without it (a weapp subpackage not opened yet) and she withdraws the consent.
    const coreOnly = createMockBackend({ storage, now: clock.now, latency: () => 0 })
    data(await coreOnly.handle({ method: 'profile.withdrawConsent', payload: { scope: 'checkup-answers' }, token: signedIn.token, idempotencyKey: 'withdraw' }))
    // Later the area loads: the answers are gone at its first call, and from its storage too.
    coreOnly.register(checkupArea as unknown as MockArea<never>)
    expect(data(await coreOnly.handle({ method: 'checkup.myAnswers', payload: null, token: signedIn.token }))).toBeNull()
    expect(storedText(storage, 'checkup')).not.toContain('西湖区')
  })
})
