// A reload (or opening a shared link straight into a subpackage page) must find the saved
// session's token set before the page's first call, or every signed-in call is refused.
// Each test loads the modules afresh, as an app start does.
function startApp(saved: unknown) {
  let result: { session: unknown; token: string | null } = { session: null, token: null }
  jest.isolateModules(() => {
    const { taroDouble } = require('../doubles/taro')
    if (saved) taroDouble.storage.set('family-app:session', JSON.stringify(saved))
    const { useSessionStore } = require('@/stores/session-store')
    const { getSessionToken } = require('@/services/session-token')
    result = { session: useSessionStore.getState().session, token: getSessionToken() }
  })
  return result
}

test('a saved session restores its token as soon as the session store loads', () => {
  const session = { token: 's-saved', user: { id: 'u-parent', name: '林晓雯' }, expiresAt: Date.now() + 86_400_000 }
  const started = startApp({ state: { session }, version: 1 })
  expect(started.session).toEqual(session)
  expect(started.token).toBe('s-saved')
})

test('with nothing saved there is no session and no token', () => {
  expect(startApp(null)).toEqual({ session: null, token: null })
})
