import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import SignInPage from '@/pages/sign-in/index'
import { useSessionStore } from '@/stores/session-store'
import { taroDouble } from '../doubles/taro'
import { navigationCalls, openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
  openedFromAnotherPage()
})
afterEach(tearDownPage)

const IDENTITIES = [
  { label: '家长', name: '林晓雯' },
  { label: '家庭健康指导员', name: '陈静' },
  { label: '特殊家庭成员', name: '张建国' },
  { label: '双岗联系人', name: '李慧敏' },
  { label: '家长', name: '王磊' },
]

describe('sign-in page', () => {
  it('lists the five demo identities from the backend, in order, each with its person', async () => {
    render(<SignInPage />)
    expect(screen.getByRole('status').textContent).toContain('正在加载…')

    const cards = await screen.findAllByRole('button', { name: /家长|家庭健康指导员|特殊家庭成员|双岗联系人/ })
    expect(cards.map((card) => `${card.querySelector('.sign-in__label')!.textContent} ${card.querySelector('.sign-in__name')!.textContent}`)).toEqual(
      IDENTITIES.map((i) => `${i.label} ${i.name}`),
    )
    for (const { label, name } of IDENTITIES) {
      expect(within(screen.getByRole('button', { name: new RegExp(`^${label}\\s*${name}`) })).getByText(name)).toBeTruthy()
    }
    // Only demo identities: the second instructor is not offered.
    expect(screen.queryByText('周蕾')).toBeNull()
  })

  it('signs in as the chosen identity and goes back to the page that opened it', async () => {
    render(<SignInPage />)
    fireEvent.click(await screen.findByRole('button', { name: /^家庭健康指导员\s*陈静/ }))

    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    const session = useSessionStore.getState().session
    expect(session?.user).toMatchObject({ id: 'u-instructor', name: '陈静', role: 'instructor' })
    // The token the store holds is one the backend accepts.
    await expect(h.call('auth.me')).resolves.toMatchObject({ id: 'u-instructor' })
    expect(taroDouble.callsOf('showToast')).toEqual([expect.objectContaining({ title: '已登录：陈静' })])
    // The session is kept for the next launch.
    expect(String(taroDouble.storage.get('family-app:session'))).toContain('u-instructor')
  })

  it('marks the identity already signed in as the current one', async () => {
    await h.signInAs('u-contact')
    render(<SignInPage />)
    const current = await screen.findByRole('button', { name: /^双岗联系人\s*李慧敏/ })
    expect(current.textContent).toContain('李慧敏（当前身份）')
    expect(screen.getByRole('button', { name: /^家长\s*林晓雯/ }).textContent).not.toContain('当前身份')
  })

  it('shows the load failure with 重试, and 重试 loads the identities', async () => {
    h.backend.failNext(1)
    render(<SignInPage />)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('身份列表加载失败：网络连接失败，请检查网络后重试')
    expect(screen.queryByRole('button', { name: /^家长\s*林晓雯/ })).toBeNull()

    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect((await screen.findByRole('button', { name: /^家长\s*林晓雯/ })).textContent).toContain('林晓雯')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a failed sign-in with 重试, stays on the page, and 重试 signs in', async () => {
    render(<SignInPage />)
    const parent = await screen.findByRole('button', { name: /^家长\s*林晓雯/ })
    h.backend.failNext(1)
    fireEvent.click(parent)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('登录失败：网络连接失败，请检查网络后重试')
    expect(useSessionStore.getState().session).toBeNull()
    expect(navigationCalls()).toEqual([])

    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(useSessionStore.getState().session?.user.name).toBe('林晓雯')
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
