import Taro from '@tarojs/taro'
import { usePreferencesStore } from '@/stores/preferences-store'
import { useReminderStore } from '@/stores/reminder-store'
import { useSessionStore } from '@/stores/session-store'
import { getSessionToken } from '@/services'
import { taroDouble } from '../doubles/taro'
import { resetStores } from '../support/reset-stores'

/** What zustand's persist wrote under `name` at some version of the app. */
function savedAt(name: string, version: number, state: unknown): void {
  Taro.setStorageSync(name, JSON.stringify({ state, version }))
}

const reminder = { visitId: 'v3', title: '孕16周产检', start: '2026-12-01', end: '2026-12-14', channel: 'in-app' }
const session = { token: 't-1', expiresAt: Date.parse('2026-12-30T00:00:00+08:00'), user: { id: 'u-parent', role: 'parent', name: '李晓雯' } }

beforeEach(() => {
  taroDouble.reset()
  resetStores()
})

describe('persisted stores read back what an older version saved', () => {
  it('preferences: keeps each user\'s 长辈模式 choice, drops entries that are not on/off', async () => {
    savedAt('family-app:preferences', 0, { elderModeByUser: { 'u-elder': true, 'u-parent': false, 'u-odd': 'yes' } })
    await usePreferencesStore.persist.rehydrate()
    expect(usePreferencesStore.getState().elderModeByUser).toEqual({ 'u-elder': true, 'u-parent': false })
  })

  it('preferences: a user id named like a prototype key stays data', async () => {
    Taro.setStorageSync('family-app:preferences', '{"state":{"elderModeByUser":{"__proto__":true}},"version":0}')
    await usePreferencesStore.persist.rehydrate()
    const saved = usePreferencesStore.getState().elderModeByUser
    expect(Object.prototype.hasOwnProperty.call(saved, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(saved)).toBe(Object.prototype)
  })

  it('reminders: keeps whole reminders, drops a reminder missing its window', async () => {
    savedAt('family-app:reminders', 0, { byUser: { 'u-parent': reminder, 'u-other': { ...reminder, end: undefined } } })
    await useReminderStore.persist.rehydrate()
    expect(useReminderStore.getState().byUser).toEqual({ 'u-parent': reminder })
  })

  it('session: a well-formed session stays signed in, with its token for the client', async () => {
    savedAt('family-app:session', 0, { session })
    await useSessionStore.persist.rehydrate()
    expect(useSessionStore.getState().session).toEqual(session)
    expect(getSessionToken()).toBe('t-1')
  })

  it('session: a session of another shape signs out rather than sending a broken token', async () => {
    savedAt('family-app:session', 0, { session: { token: 42, user: null } })
    await useSessionStore.persist.rehydrate()
    expect(useSessionStore.getState().session).toBeNull()
  })

  it('a saved state that is not an object (hand-edited storage) gives the empty store', async () => {
    savedAt('family-app:reminders', 0, 'garbage')
    await useReminderStore.persist.rehydrate()
    expect(useReminderStore.getState().byUser).toEqual({})
  })

  it('the current version is read as saved, without migration', async () => {
    savedAt('family-app:preferences', 1, { elderModeByUser: { 'u-elder': true } })
    await usePreferencesStore.persist.rehydrate()
    expect(usePreferencesStore.getState().elderModeByUser).toEqual({ 'u-elder': true })
  })
})
