import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import MePage from '@/pages/me/index'
import { getSessionToken, ServiceError, setSessionToken } from '@/services'
import { usePreferencesStore } from '@/stores/preferences-store'
import { useSessionStore } from '@/stores/session-store'
import { setSystemTextScaleForTesting } from '@/services/system-text'
import { taroDouble } from '../doubles/taro'
import { settle } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const PREFERENCES_KEY = 'family-app:preferences'
const pageRoot = (container: HTMLElement) => container.firstElementChild as HTMLElement
const storedElderModes = (): Record<string, boolean> =>
  JSON.parse(String(taroDouble.storage.get(PREFERENCES_KEY))).state.elderModeByUser

/** Signed in as 林晓雯, 我的 open and its family summary loaded. */
async function renderSignedInAsParent() {
  await h.signInAs('u-parent')
  const rendered = render(<MePage />)
  await screen.findByText('乐乐 1岁2个月')
  return rendered
}

describe('我的 page', () => {
  it('signed out: shows 尚未登录 and a button that opens the sign-in page', () => {
    render(<MePage />)
    expect(screen.getByText('尚未登录')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '退出登录' })).toBeNull()
    expect(screen.queryByText('家庭信息')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '选择演示身份登录' }))
    expect(taroDouble.callsOf('navigateTo')).toEqual([{ url: '/pages/sign-in/index' }])
  })

  it('signed in as 林晓雯: name, role, masked phone, and the family with 乐乐', async () => {
    await h.signInAs('u-parent')
    render(<MePage />)

    const identity = screen.getByLabelText('当前身份')
    expect(within(identity).getByText('林晓雯')).toBeTruthy()
    // The role line (the seeded title happens to read 家长 too, so look at the role itself).
    expect(identity.querySelector('.me__role')?.textContent).toBe('家长')
    expect(within(identity).getByText('手机 138****1234')).toBeTruthy()
    expect(document.body.textContent).not.toContain('13857161234')
    expect(screen.queryByText('尚未登录')).toBeNull()

    // The family summary is loaded from the backend: pregnancy week and the child's age on DEFAULT_NOW.
    expect(await screen.findByText('乐乐 1岁2个月')).toBeTruthy()
    expect(screen.getByText('孕20周+3天')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /编辑家庭信息/ }))
    expect(taroDouble.callsOf('navigateTo')).toEqual([{ url: '/features/account/pages/family/index' }])
  })

  it('长辈模式 switch enlarges the page and is kept in storage for this user', async () => {
    const { container } = await renderSignedInAsParent()
    const toggle = screen.getByRole('switch', { name: '长辈模式' }) as HTMLInputElement
    expect(toggle.checked).toBe(false)
    expect(pageRoot(container).classList.contains('page--elder')).toBe(false)

    fireEvent.click(toggle)
    expect(toggle.checked).toBe(true)
    expect(pageRoot(container).classList.contains('page--elder')).toBe(true)
    expect(storedElderModes()).toEqual({ 'u-parent': true })

    fireEvent.click(toggle)
    expect(pageRoot(container).classList.contains('page--elder')).toBe(false)
    expect(storedElderModes()).toEqual({ 'u-parent': false })
  })

  it('长辈模式 saved in storage is back on the next launch', async () => {
    await h.signInAs('u-parent')
    // What an earlier run left in storage; the store reads it back as it does at launch.
    taroDouble.storage.set(PREFERENCES_KEY, JSON.stringify({ state: { elderModeByUser: { 'u-parent': true } }, version: 1 }))
    await usePreferencesStore.persist.rehydrate()

    const { container } = render(<MePage />)
    await screen.findByText('乐乐 1岁2个月')
    expect(pageRoot(container).classList.contains('page--elder')).toBe(true)
    expect((screen.getByRole('switch', { name: '长辈模式' }) as HTMLInputElement).checked).toBe(true)
  })

  it('长辈模式 follows a large WeChat or browser text size until the person chooses in the app', async () => {
    setSystemTextScaleForTesting(1.25)
    const { container } = await renderSignedInAsParent()
    const toggle = screen.getByRole('switch', { name: '长辈模式' }) as HTMLInputElement
    expect(toggle.checked).toBe(true)
    expect(pageRoot(container).classList.contains('page--elder')).toBe(true)
    // Nothing is saved for her: it follows the system until she chooses.
    expect(taroDouble.storage.has(PREFERENCES_KEY)).toBe(false)
    // Her own choice wins over the system's size.
    fireEvent.click(toggle)
    expect(pageRoot(container).classList.contains('page--elder')).toBe(false)
    expect(storedElderModes()).toEqual({ 'u-parent': false })
  })

  it('退出登录 asks first; cancelling keeps the session', async () => {
    await renderSignedInAsParent()
    const token = getSessionToken()
    taroDouble.answerModals(false)

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
    await waitFor(() => expect(taroDouble.callsOf('showModal')).toHaveLength(1))
    expect(taroDouble.callsOf('showModal')[0]).toMatchObject({ title: '退出登录' })

    // The session still works on the backend (this call also lets the cancelled flow finish).
    await expect(h.call('auth.me')).resolves.toMatchObject({ id: 'u-parent' })
    expect(useSessionStore.getState().session?.token).toBe(token)
    expect(screen.getByText('林晓雯')).toBeTruthy()
    expect(screen.queryByText('尚未登录')).toBeNull()
    expect(taroDouble.callsOf('showToast')).toEqual([])
  })

  it('退出登录 confirmed: the session is cleared here, in storage and on the backend', async () => {
    await renderSignedInAsParent()
    const token = getSessionToken()
    taroDouble.answerModals(true)

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
    expect(await screen.findByText('尚未登录')).toBeTruthy()
    expect(screen.queryByText('林晓雯')).toBeNull()
    expect(useSessionStore.getState().session).toBeNull()
    expect(JSON.parse(String(taroDouble.storage.get('family-app:session'))).state.session).toBeNull()
    expect(taroDouble.callsOf('showToast')).toEqual([expect.objectContaining({ title: '已退出登录' })])

    // The old token no longer opens anything.
    setSessionToken(token)
    await expect(h.call('auth.me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' } satisfies Partial<ServiceError>)
  })

  it('退出登录 with the network down still signs out on this phone and says so', async () => {
    await renderSignedInAsParent()
    taroDouble.answerModals(true)
    h.backend.failNext(1)

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
    expect(await screen.findByText('尚未登录')).toBeTruthy()
    expect(useSessionStore.getState().session).toBeNull()
    expect(taroDouble.callsOf('showToast')).toEqual([expect.objectContaining({ title: expect.stringContaining('网络异常') })])
  })
})

describe('drafts on a shared phone', () => {
  it('signing out forgets unsaved drafts, which may hold a pregnancy or a child', async () => {
    await renderSignedInAsParent()
    taroDouble.storage.set('family-app:draft:family:u-parent', JSON.stringify({ pregnant: true, lmp: '2026-09-01' }))
    taroDouble.storage.set('family-app:other', 'kept')
    taroDouble.answerModals(true)
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
    await screen.findByText('尚未登录')
    expect(taroDouble.storage.has('family-app:draft:family:u-parent')).toBe(false)
    expect(taroDouble.storage.get('family-app:other')).toBe('kept')
  })
})

describe('我的服务 shows what the role can use', () => {
  const entryLabels = () => {
    const card = screen.getByText('我的服务').parentElement as HTMLElement
    return within(card)
      .getAllByRole('button')
      .map((row) => row.textContent?.replace('›', '').trim())
  }

  it.each([
    ['u-parent', ['我的预约', '托育机构收藏与参观', '我的收藏', '我的休假计划']],
    ['u-instructor', ['我负责的活动', '我的文章', '我的收藏']],
    ['u-special', ['我的求助']],
    ['u-contact', ['我联系的家庭', '求助待办']],
  ])('%s sees %j', async (identityId, labels) => {
    await h.signInAs(identityId)
    render(<MePage />)
    await settle()
    expect(entryLabels()).toEqual(labels)
  })

  it('each entry opens its own page, never a page for another role', async () => {
    for (const [identityId, label] of [
      ['u-instructor', /我负责的活动/],
      ['u-instructor', /我的文章/],
      ['u-special', /我的求助/],
      ['u-contact', /我联系的家庭/],
      ['u-contact', /求助待办/],
    ] as const) {
      await h.signInAs(identityId)
      const { unmount } = render(<MePage />)
      await settle()
      fireEvent.click(screen.getByRole('button', { name: label }))
      unmount()
    }
    expect(taroDouble.callsOf('navigateTo').map((call) => (call as { url: string }).url)).toEqual([
      '/features/rooms/pages/instructor/index',
      '/features/guidance/pages/mine/index',
      '/features/help/pages/mine/index',
      '/features/help/pages/families/index',
      '/features/help/pages/queue/index',
    ])
  })

  it('signed out, there is no 我的服务 at all, and 隐私与授权 is still there to read', () => {
    render(<MePage />)
    expect(screen.queryByText('我的服务')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /隐私与授权/ }))
    expect(taroDouble.callsOf('navigateTo')).toEqual([{ url: '/features/account/pages/privacy/index' }])
  })
})

