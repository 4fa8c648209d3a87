import { act, fireEvent, render, screen } from '@testing-library/react'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage, type KeyValueStorage } from '../../mock/core/storage'
import { PageShell } from '@/components/page-shell'
import { dismissSaveFailed, reportSaveFailed } from '@/stores/data-notices'

afterEach(() => act(() => dismissSaveFailed()))

/** A phone whose storage is full once the app has started: every later write is refused. */
function fullPhone() {
  const storage = createMemoryStorage()
  let full = false
  const phoneStorage: KeyValueStorage = {
    ...storage,
    setLater: async (key, value) => {
      if (full) throw new Error('setStorage:fail exceed storage max size 10Mb')
      storage.set(key, value)
    },
  }
  const backend = createMockBackend({ storage: phoneStorage, latency: () => 0, persist: 'when-idle', onSaveFailed: reportSaveFailed })
  return { backend, fill: () => (full = true) }
}

describe('a change the phone could not store', () => {
  it('is told on the open page until 知道了, and the change is still there', async () => {
    const { backend, fill } = fullPhone()
    await backend.flush()
    render(<PageShell>页面内容</PageShell>)
    expect(screen.queryByText(/手机存储空间不足/)).toBeNull()
    fill()
    const signedIn = await backend.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })
    await act(() => backend.flush())
    expect(screen.getByText(/手机存储空间不足，刚才的操作暂时只保存在本次打开的小程序里/)).toBeTruthy()
    // What the person did is kept in memory: the session answers.
    if (!signedIn.ok) throw new Error('sign-in failed')
    const profile = await backend.handle({ method: 'profile.get', payload: null, token: (signedIn.data as { token: string }).token })
    expect(profile.ok).toBe(true)
    fireEvent.click(screen.getByText('知道了'))
    expect(screen.queryByText(/手机存储空间不足/)).toBeNull()
  })
})
