import { act, renderHook } from '@testing-library/react'
import { allAreas } from '../../mock/all-areas'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage } from '../../mock/core/storage'
import { useSubmit } from '@/hooks/use-submit'
import { setSessionToken } from '@/services'
import { createInProcessTransport } from '@/services/transport'
import type { FamilyInput } from '@/services/types'
import { createTestClock } from '../support/clock'

const LELE = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }

async function signedInParent() {
  const backend = createMockBackend({ storage: createMemoryStorage(), now: createTestClock().now, latency: () => 0, areas: allAreas, checkResults: true })
  const api = createInProcessTransport(backend)
  setSessionToken(null)
  setSessionToken((await api.call('auth.signIn', { identityId: 'u-parent' })).token)
  return { backend, api }
}

/** The family form: what it saves is read from its state when 保存 is tapped, not passed in. */
function familyForm(api: Awaited<ReturnType<typeof signedInParent>>['api']) {
  const form: { family: FamilyInput } = { family: { children: [LELE], pregnancy: null } }
  const hook = renderHook(() => useSubmit((key: string) => api.call('profile.saveFamily', { family: form.family }, { idempotencyKey: key })))
  return { form, hook }
}

afterEach(() => setSessionToken(null))

describe('useSubmit and idempotency keys', () => {
  it('a retry of the same content after a lost answer saves it once', async () => {
    const { backend, api } = await signedInParent()
    const { form, hook } = familyForm(api)
    form.family = { children: [LELE, { name: '安安', birthDate: '2026-10-02', gender: 'male' }], pregnancy: null }
    backend.failNext(1, { afterWrite: true })
    await act(async () => void (await hook.result.current.submit()))
    expect(hook.result.current.error?.code).toBe('NETWORK')
    await act(async () => void (await hook.result.current.submit()))
    expect(hook.result.current.error).toBeNull()
    expect((await api.call('profile.get')).family.children.map((child) => child.name)).toEqual(['乐乐', '安安'])
  })

  it('content changed after a lost answer is saved, not swallowed by the earlier attempt', async () => {
    const { backend, api } = await signedInParent()
    const { form, hook } = familyForm(api)
    form.family = { children: [LELE, { name: '安安', birthDate: '2026-10-02', gender: 'male' }], pregnancy: null }
    backend.failNext(1, { afterWrite: true })
    await act(async () => void (await hook.result.current.submit()))
    // The parent corrects the name and taps 保存 again: same form, new content.
    form.family = { children: [LELE, { name: '安然', birthDate: '2026-10-02', gender: 'male' }], pregnancy: null }
    await act(async () => void (await hook.result.current.submit()))
    expect(hook.result.current.error).toBeNull()
    expect((await api.call('profile.get')).family.children.map((child) => child.name)).toEqual(['乐乐', '安然'])
  })
})
