import { fireEvent, render, screen, within } from '@testing-library/react'
import QueuePage from '@/features/help/pages/queue/index'
import { HELP_TEXTS as T } from '@/features/help/texts'
import { ROUTES } from '@/routes'
import { actingAs } from './support/acting-as'
import { chosenIn, openedUrls, settle, textsOf } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  render(<QueuePage />)
  await settle()
}

const cards = () => within(screen.getByLabelText(T.queue)).queryAllByRole('link')
const headings = () => cards().map((card) => card.querySelector('.heading')!.textContent)
const statusFilter = () => screen.getByRole('radiogroup', { name: '状态' })
const urgentOnly = () => screen.getByRole('checkbox', { name: /^只看紧急/ })

describe('求助待办 (queue) page', () => {
  it('李慧敏 sees 王桂英’s requests, overdue first, with masked phone and address', async () => {
    await openAs('u-contact')
    expect(headings()).toEqual(['王桂英 · 就医绿色通道', '王桂英 · 志愿服务 · 就医陪同', '王桂英 · 精神慰藉'])
    expect(textsOf(cards()[0], '.help__status')).toEqual(['已提交', '已超时', '紧急', '只需电话联系'])
    for (const card of cards()) {
      const line = [...card.querySelectorAll('.text-secondary')].map((n) => n.textContent).find((text) => text!.includes('·'))!
      const [address, phone] = line.split(' · ')
      expect(phone).toBe('135****3571')
      expect(address.endsWith('****')).toBe(true)
      expect(address).toBe('杭州市西湖区翠苑二区****')
      expect(card.textContent).not.toContain('13588023571')
      expect(card.textContent).not.toContain('502室')
    }
    expect(chosenIn(statusFilter())).toEqual(['全部'])
  })

  it('the status filter shows only that status, and 全部 brings everything back', async () => {
    await openAs('u-contact')
    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '已受理' }))
    await settle()
    expect(chosenIn(statusFilter())).toEqual(['已受理'])
    expect(headings()).toEqual(['王桂英 · 精神慰藉'])

    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '已回访' }))
    await settle()
    expect(headings()).toEqual(['王桂英 · 志愿服务 · 就医陪同'])

    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '已取消' }))
    await settle()
    expect(screen.getByText('没有符合条件的求助')).toBeTruthy()

    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '全部' }))
    await settle()
    expect(cards()).toHaveLength(3)
  })

  it('只看紧急 shows only urgent requests, and combines with the status filter', async () => {
    await openAs('u-contact')
    fireEvent.click(urgentOnly())
    await settle()
    expect(urgentOnly().getAttribute('aria-label')).toBe('只看紧急（已选）')
    expect(headings()).toEqual(['王桂英 · 就医绿色通道'])

    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '已受理' }))
    await settle()
    expect(screen.getByText('没有符合条件的求助')).toBeTruthy()

    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '已提交' }))
    await settle()
    expect(headings()).toEqual(['王桂英 · 就医绿色通道'])

    fireEvent.click(urgentOnly())
    fireEvent.click(within(statusFilter()).getByRole('radio', { name: '全部' }))
    await settle()
    expect(cards()).toHaveLength(3)
  })

  it('a new request from 张建国 appears in the queue with his masked details', async () => {
    const zhang = await actingAs(h, 'u-special')
    await zhang.call('help.consent')
    await zhang.call('help.submit', {
      request: { type: 'visit', volunteerKind: null, need: '想请人上门看看我', preferredDate: '2026-11-26', halfDay: 'pm', address: '杭州市西湖区翠苑一区12幢2单元301室', phone: '13605819876', urgent: false, callOnly: false },
    })
    await openAs('u-contact-2')
    expect(headings()).toEqual(['王桂英 · 就医绿色通道', '王桂英 · 志愿服务 · 就医陪同', '王桂英 · 精神慰藉', '张建国 · 走访慰问'])
    expect(cards()[3].textContent).toContain('杭州市西湖区翠苑一区**** · 136****9876')
  })

  it('tapping a request opens its detail', async () => {
    await openAs('u-contact')
    fireEvent.click(cards()[0])
    expect(openedUrls()).toEqual([`${ROUTES.helpDetail}?id=help-2`])
  })

  it('孙丽, contact of no seeded family, sees the empty state', async () => {
    await openAs('u-contact-3')
    expect(screen.getByText('没有符合条件的求助')).toBeTruthy()
    expect(screen.queryByText(/王桂英/)).toBeNull()
  })

  it('a special family is told the page is not for them', async () => {
    await openAs('u-special-2')
    expect(screen.getByRole('status').textContent).toContain(T.notForYou)
    expect(screen.queryByText(/王桂英 ·/)).toBeNull()
  })
})
