import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import CareOverviewPage from '@/features/help/pages/overview/index'
import { OVERVIEW_TEXTS as T } from '@/features/help/overview-texts'
import { taroDouble } from '../doubles/taro'
import { settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  render(<CareOverviewPage />)
  await settle()
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
}

const CUIYUAN_1 = '西湖区翠苑街道翠苑一区社区'
const CUIYUAN_2 = '西湖区翠苑街道翠苑二区社区'
const figure = (community: string, label: string) =>
  [...screen.getByLabelText(community).querySelectorAll('.overview__figure')].find((row) => row.firstElementChild?.textContent === label)!.lastElementChild!

describe('暖心服务概况 (overview) page', () => {
  it('方晓红 sees each community’s numbers and the open requests as bars, and no family’s name', async () => {
    await openAs('u-association')
    expect(figure(CUIYUAN_1, T.families).textContent).toBe('4')
    expect(figure(CUIYUAN_1, T.contactsOverdue).textContent).toBe('2')
    expect(figure(CUIYUAN_1, T.contactsOverdue).className).toContain('overview__figure-value--alarm')
    expect(figure(CUIYUAN_2, T.pastResponse).textContent).toBe('1')
    expect(figure(CUIYUAN_2, T.satisfaction).textContent).toBe(T.stars(5, 1))
    const chart = screen.getByLabelText(T.chartTitle)
    expect(within(chart).getByLabelText(T.chartRow(CUIYUAN_2, 2, 1))).toBeTruthy()
    for (const name of ['张建国', '王桂英', '陈美华']) expect(document.body.textContent).not.toContain(name)
  })

  it('hands 李慧敏’s families to 钱晓燕 after asking, and the numbers follow', async () => {
    await openAs('u-association')
    const form = screen.getByLabelText(T.handoverTitle)
    fireEvent.click(within(within(form).getByRole('radiogroup', { name: T.from })).getByRole('radio', { name: /^李慧敏/ }))
    fireEvent.click(within(within(form).getByRole('radiogroup', { name: T.to })).getByRole('radio', { name: /^钱晓燕/ }))
    taroDouble.answerModals(true)
    fireEvent.click(within(form).getByRole('button', { name: T.handover }))
    await waitFor(() => expect(toasts()).toEqual([T.done(7, '钱晓燕')]))
    expect(within(within(form).getByRole('radiogroup', { name: T.from })).getByRole('radio', { name: /^钱晓燕.*联系13户/ })).toBeTruthy()
  })

  it('a handover the backend refuses is said at the field; cancelling the question sends nothing', async () => {
    await openAs('u-association')
    const form = screen.getByLabelText(T.handoverTitle)
    fireEvent.click(within(form).getByRole('button', { name: T.handover }))
    expect(within(form).getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['请选择离岗的联系人', '请选择接手的联系人'])
    fireEvent.click(within(within(form).getByRole('radiogroup', { name: T.from })).getByRole('radio', { name: /^李慧敏/ }))
    fireEvent.click(within(within(form).getByRole('radiogroup', { name: T.to })).getByRole('radio', { name: /^赵志强/ }))
    taroDouble.answerModals(false)
    fireEvent.click(within(form).getByRole('button', { name: T.handover }))
    await settle()
    expect(toasts()).toEqual([])
    taroDouble.answerModals(true)
    fireEvent.click(within(form).getByRole('button', { name: T.handover }))
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('赵志强已是其中7户家庭的另一位联系人，请另选接手的人'))
  })

  it.each(['u-contact', 'u-parent', 'u-special'])('%s is told the page is for the 计生协', async (identity) => {
    await openAs(identity)
    expect(screen.getByRole('status').textContent).toContain(T.notForRole)
  })
})
