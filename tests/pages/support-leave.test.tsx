import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import LeavePage from '@/features/support/pages/leave/index'
import { LEAVE_TEXTS as T, SUPPORT_TEXTS } from '@/features/support/texts'
import type { MineDto } from '@/contract/support'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { settle, toasts, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 林晓雯 (u-parent) is due 2027-04-10 with her second child: 浙江's 188 days of 产假 from 15 days
// before the due date, 15 days of 陪产假 for her husband from the due date.
const MATERNITY = '2027-03-26 至 2027-09-29'
const PARTNER = '2027-04-10 至 2027-04-24'

const timeline = (who: string) => screen.getByLabelText(who)
const addButton = () => screen.queryByRole('button', { name: T.addPlan })
const removeButton = () => screen.queryByRole('button', { name: T.removePlan })

async function planOnBackend() {
  const lin = await actingAs(h, 'u-parent')
  return (await lin.call<MineDto>('support.mine')).plan
}

async function open(identityId: string, view?: 'plan') {
  await h.signInAs(identityId)
  taroDouble.setRouterParams(view ? { view } : {})
  const rendered = render(<LeavePage />)
  await settle()
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  return rendered
}

describe('休假日历 page', () => {
  it('林晓雯: her and her husband’s leaves from the due date', async () => {
    await open('u-parent')
    expect(screen.getByText(T.title)).toBeTruthy()
    expect(screen.getByText(wholeText(T.estimated('2027-04-10')))).toBeTruthy()
    const mother = timeline(T.mother)
    const maternity = within(mother).getByText(wholeText(MATERNITY)).parentElement as HTMLElement
    expect(within(maternity).getByText('产假')).toBeTruthy()
    expect(within(maternity).getByText(T.status.upcoming)).toBeTruthy()
    expect(maternity.querySelector('.text-secondary')?.textContent).toMatch(new RegExp(`^${T.days(188)} · `))
    const partner = timeline(T.partner)
    expect(within(partner).getByText(wholeText(PARTNER)).parentElement?.textContent).toContain('陪产假')
    expect(within(partner).getAllByText('育儿假')).toHaveLength(3)
    expect(removeButton()).toBeNull()
  })

  it('加入我的计划 keeps the calendar under 我的: the plan view shows the same dates', async () => {
    const calendar = await open('u-parent')
    fireEvent.click(addButton()!)
    await waitFor(() => expect(screen.getByText(T.inPlan)).toBeTruthy())
    expect(addButton()).toBeNull()
    expect(toasts()).toEqual([T.added])
    expect(await planOnBackend()).toMatchObject({ outdated: false, calendar: { from: '2027-04-10', estimated: true } })
    calendar.unmount()

    await open('u-parent', 'plan')
    expect(screen.getByText(T.planTitle)).toBeTruthy()
    expect(screen.queryByText(T.title)).toBeNull()
    expect(screen.getByText(wholeText(T.savedAt('2026-11-24')))).toBeTruthy()
    expect(within(timeline(T.mother)).getByText(wholeText(MATERNITY))).toBeTruthy()
    expect(within(timeline(T.partner)).getByText(wholeText(PARTNER))).toBeTruthy()
    expect(addButton()).toBeNull()
    expect(screen.queryByText(T.inPlan)).toBeNull()
  })

  it('the plan says the day it was saved in China (early morning is not yesterday)', async () => {
    h.setNow(Date.parse('2026-11-25T07:30:00+08:00'))
    const lin = await actingAs(h, 'u-parent')
    await lin.call('support.savePlan')
    await open('u-parent', 'plan')
    expect(screen.getByText(wholeText(T.savedAt('2026-11-25')))).toBeTruthy()
  })

  it('从我的计划移除 asks first; confirmed, the plan view is empty and the backend forgets it', async () => {
    const lin = await actingAs(h, 'u-parent')
    await lin.call('support.savePlan')
    await open('u-parent', 'plan')

    taroDouble.answerModals(false)
    fireEvent.click(removeButton()!)
    await settle()
    expect(taroDouble.callsOf('showModal')).toHaveLength(1)
    expect(within(timeline(T.mother)).getByText(wholeText(MATERNITY))).toBeTruthy()
    expect(await planOnBackend()).not.toBeNull()

    // Unanswered modals confirm.
    fireEvent.click(removeButton()!)
    await waitFor(() => expect(screen.getByText(T.noPlan)).toBeTruthy())
    expect(taroDouble.callsOf('showModal')).toHaveLength(2)
    expect(screen.queryByLabelText(T.mother)).toBeNull()
    expect(removeButton()).toBeNull()
    expect(toasts()).toEqual([T.removed])
    expect(await planOnBackend()).toBeNull()
  })

  it('a plan saved before the due date moved is marked outdated; 按最新日期更新计划 saves the new dates', async () => {
    const lin = await actingAs(h, 'u-parent')
    await lin.call('support.savePlan')
    // Her pregnancy corrected to an LMP of 2026-02-20: due 2026-11-27, 产假 from 11-12.
    const family = { children: [{ id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' }], pregnancy: { lmp: '2026-02-20' } }
    await lin.call('profile.saveFamily', { family })
    await open('u-parent', 'plan')
    expect(within(timeline(T.mother)).getByText(wholeText(MATERNITY))).toBeTruthy()
    const notice = screen.getByText(T.outdated).closest('[role="status"]') as HTMLElement
    fireEvent.click(within(notice).getByRole('button', { name: T.updatePlan }))
    await waitFor(() => expect(screen.queryByText(T.outdated)).toBeNull())
    expect(within(timeline(T.mother)).getByText(wholeText('2026-11-12 至 2027-05-18'))).toBeTruthy()
    expect(await planOnBackend()).toMatchObject({ outdated: false, calendar: { from: '2026-11-27' } })
  })

  it('the plan view with no plan says so', async () => {
    await open('u-parent', 'plan')
    expect(screen.getByText(T.noPlan)).toBeTruthy()
    expect(screen.queryByLabelText(T.mother)).toBeNull()
  })

  it('a parent whose child is past three has nothing to plan: 填写家庭信息 is offered', async () => {
    h.setNow(h.clock.now() + 300 * 24 * 60 * 60 * 1000)
    await open('u-parent-2')
    expect(screen.getByRole('status').textContent).toContain(T.none)
    expect(addButton()).toBeNull()
  })

  it('an instructor is told the page is for parents', async () => {
    await open('u-instructor')
    expect(screen.getByRole('status').textContent).toContain(SUPPORT_TEXTS.notForRole)
    expect(screen.queryByText(T.title)).toBeNull()
  })
})
