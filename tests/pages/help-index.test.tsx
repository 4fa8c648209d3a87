import { fireEvent, render, screen } from '@testing-library/react'
import { COVERAGE_TEXTS } from '@/features/help/coverage-texts'
import HelpHomePage from '@/features/help/pages/index/index'
import { HELP_TEXTS as T } from '@/features/help/texts'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { openedUrls, settle, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const phoneCalls = () => taroDouble.callsOf('makePhoneCall').map((call) => (call as { phoneNumber: string }).phoneNumber)

async function openAs(identityId: string | null) {
  if (identityId) await h.signInAs(identityId)
  render(<HelpHomePage />)
  await settle()
}

describe('暖心服务 home page', () => {
  it('张建国 sees his two contacts (on 我的三个全覆盖), each with a 拨打 button that calls that contact', async () => {
    await openAs('u-special')
    const contacts = screen.getByLabelText(COVERAGE_TEXTS.contacts)
    expect(contacts.textContent).toContain('李慧敏')
    expect(contacts.textContent).toContain('社区计生专干 · 双岗联系人')
    expect(contacts.textContent).toContain('赵志强')
    expect(contacts.textContent).toContain('街道计生协干部 · 双岗联系人')
    expect(contacts.textContent).not.toContain('孙丽')

    fireEvent.click(screen.getByRole('button', { name: `${T.call}李慧敏` }))
    await settle()
    expect(phoneCalls()).toEqual(['13968042315'])
    fireEvent.click(screen.getByRole('button', { name: `${T.call}赵志强` }))
    await settle()
    expect(phoneCalls()).toEqual(['13968042315', '13819467720'])
  })

  it('张建国 can call the 暖心热线 and open 我要求助 and 我的求助', async () => {
    await openAs('u-special')
    expect(screen.getByText(wholeText('杭州市计生协暖心服务热线 0571-87052356'))).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: T.call }))
    await settle()
    expect(phoneCalls()).toEqual(['0571-87052356'])

    fireEvent.click(screen.getByRole('button', { name: T.ask }))
    fireEvent.click(screen.getByRole('button', { name: T.mine }))
    expect(openedUrls()).toEqual([ROUTES.helpRequest, ROUTES.helpMine])
  })

  it('李慧敏 sees the queue summary with the 已超时 count, and opens the queue', async () => {
    await openAs('u-contact')
    // help-2 (urgent, 3 h unaccepted → overdue) and help-3 (accepted) are open; help-1 is followed up.
    expect(screen.getByText('2 条待处理，1 条已超时')).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.ask })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: T.queue }))
    expect(openedUrls()).toEqual([ROUTES.helpQueue])
  })

  it('李慧敏 sees how many families she looks after and how many are overdue, and opens 我联系的家庭', async () => {
    await openAs('u-contact')
    const families = screen.getByLabelText('我联系的家庭')
    expect(families.textContent).toContain('共7户 · 1户超期')
    fireEvent.click(screen.getByRole('button', { name: '我联系的家庭' }))
    expect(openedUrls()).toEqual([ROUTES.careFamilies])
  })

  it('the summary follows the backend: once 赵志强 accepts help-2 nothing is overdue', async () => {
    const zhao = await actingAs(h, 'u-contact-2')
    await zhao.call('help.act', { id: 'help-2', action: 'accept' })
    await openAs('u-contact')
    expect(screen.getByText('2 条待处理')).toBeTruthy()
    expect(screen.queryByText(/已超时/)).toBeNull()
  })

  it('孙丽 (contact of no seeded family) has nothing waiting', async () => {
    await openAs('u-contact-3')
    expect(screen.getByText('0 条待处理')).toBeTruthy()
  })

  it('a parent is told the service is not for them, with no way to ask for help', async () => {
    await openAs('u-parent')
    expect(screen.getByRole('status').textContent).toBe(T.notForYou)
    expect(screen.queryByRole('button', { name: T.ask })).toBeNull()
    expect(screen.queryByRole('button', { name: '去登录' })).toBeNull()
  })

  it('signed out: the notice offers 去登录', async () => {
    await openAs(null)
    expect(screen.getByRole('status').textContent).toContain(T.notForYou)
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })
})
