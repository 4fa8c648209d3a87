import { fireEvent, render, screen } from '@testing-library/react'
import MyRequestsPage from '@/features/help/pages/mine/index'
import { HELP_TEXTS as T } from '@/features/help/texts'
import { ROUTES } from '@/routes'
import { actingAs } from './support/acting-as'
import { openedUrls, settle, textsOf } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  render(<MyRequestsPage />)
  await settle()
}

const cards = () => screen.getAllByRole('link')

describe('我的求助 (mine) page', () => {
  it('王桂英 sees her three requests, newest first, with statuses and her contacts', async () => {
    await openAs('u-special-2')
    expect(cards()).toHaveLength(3)
    expect(cards().map((card) => card.querySelector('.heading')!.textContent)).toEqual(['就医绿色通道', '精神慰藉', '志愿服务 · 就医陪同'])
    expect(cards().map((card) => textsOf(card, '.help__status'))).toEqual([
      ['已提交', '已超时', '紧急', '只需电话联系'],
      ['已受理'],
      ['已回访'],
    ])
    for (const card of cards()) {
      expect(card.textContent).toContain('联系人：李慧敏、赵志强')
      // Her own list shows no masked address/phone line.
      expect(card.textContent).not.toContain('****')
    }
    expect(cards()[0].textContent).toContain('希望 2026-11-25 上午')
    expect(cards()[1].textContent).toContain('希望 2026-11-27 下午')
  })

  it('tapping a request opens its detail', async () => {
    await openAs('u-special-2')
    fireEvent.click(cards()[1])
    expect(openedUrls()).toEqual([`${ROUTES.helpDetail}?id=help-3`])
  })

  it('张建国, who has not asked yet, sees the empty state', async () => {
    await openAs('u-special')
    expect(screen.getByText('还没有求助记录')).toBeTruthy()
    expect(screen.queryAllByRole('link')).toEqual([])
  })

  it('a contact is told the page is not for them', async () => {
    await openAs('u-contact')
    expect(screen.getByRole('status').textContent).toContain(T.notForYou)
    expect(screen.queryAllByRole('link')).toEqual([])
  })
  it('a request a contact filed after his call is marked 电话代录 with the contact’s name', async () => {
    const li = await actingAs(h, 'u-contact')
    const request = {
      type: 'visit', volunteerKind: null, need: '老张打电话说想请联系人这周上门坐坐，聊聊天。', preferredDate: '2026-11-26', halfDay: 'pm',
      address: '杭州市西湖区翠苑一区12幢2单元301室', phone: '13605819876', urgent: false, callOnly: false, familyAgreed: true,
    }
    await li.call('care.phoneIn', { familyId: 'u-special', request })
    await openAs('u-special')
    expect(cards()).toHaveLength(1)
    expect(textsOf(cards()[0], '.help__status')).toEqual(['已提交', '电话代录 · 李慧敏'])
  })
})
