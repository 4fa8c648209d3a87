import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import TimelinePage from '@/features/checkup/pages/timeline/index'
import { PAST_PREGNANCY_TEXTS as P, TIMELINE_TEXTS as T } from '@/features/checkup/texts'
import { useReminderStore } from '@/stores/reminder-store'
import { taroDouble } from '../doubles/taro'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 林晓雯's seeded pregnancy at DEFAULT_NOW (2026-11-24): LMP 2026-07-04, 孕20周+3天.
const SEEDED_LMP = '2026-07-04'
const TITLES = {
  v01: '建档与首次产检',
  v02: 'NT检查',
  v03: '唐筛或无创DNA',
  v04: '大排畸超声',
  v05: '糖耐量试验',
  v14: '孕40周产检',
}
const ALL_TITLES = [
  '建档与首次产检',
  'NT检查',
  '唐筛或无创DNA',
  '大排畸超声',
  '糖耐量试验',
  '孕28–29周产检',
  '孕30–31周产检',
  '孕32–33周产检',
  '孕34–35周产检',
  '孕36周产检',
  '孕37周产检',
  '孕38周产检',
  '孕39周产检',
  '孕40周产检',
  '孕41周产检',
]

const schedule = () => screen.getByText(T.scheduleTitle).parentElement as HTMLElement
/** A visit's card in the 产检时间轴 (the 下次产检 card carries no status). */
const visitCard = (title: string) => within(schedule()).getByLabelText(title)
const statusOf = (title: string) => visitCard(title).querySelector('.checkup__tag')?.textContent
const summary = () => screen.getByLabelText(T.summaryTitle)
const nextCard = () => screen.queryByLabelText(T.nextTitle)
const toasts = () => taroDouble.callsOf('showToast').map((call) => (call as { title: string }).title)
const errorAtElement = (element: HTMLElement) => within(element.closest('.field') as HTMLElement).queryByRole('alert')?.textContent ?? null

async function open(identityId: string) {
  await h.signInAs(identityId)
  const rendered = render(<TimelinePage />)
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  return rendered
}

async function recordsOnBackend() {
  return (await h.call('checkup.timeline')).records
}

describe('产检时间轴 page', () => {
  it('signed out: asks to sign in and 去登录 opens the sign-in page', () => {
    render(<TimelinePage />)
    expect(screen.getByRole('status').textContent).toContain(T.signIn)
    expect(screen.queryByText(T.scheduleTitle)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(taroDouble.callsOf('navigateTo')).toEqual([{ url: '/pages/sign-in/index' }])
  })

  it('林晓雯: 孕20周+3天, due 2027-04-10, the first three visits done and 大排畸超声 next', async () => {
    await open('u-parent')

    expect(within(summary()).getByText('孕20周+3天')).toBeTruthy()
    expect(within(summary()).getByText('孕中期 · 预产期 2027-04-10 · 还有137天')).toBeTruthy()
    expect(within(summary()).getByText(`末次月经 ${SEEDED_LMP}`)).toBeTruthy()

    const next = nextCard()!
    expect(within(next).getByText(TITLES.v04)).toBeTruthy()
    expect(within(next).getByText('2026-11-21 至 2026-12-18')).toBeTruthy()
    expect(within(next).getByRole('button', { name: T.remind })).toBeTruthy()

    // All 15 visits in order (孕41周产检 closes the schedule at 41+6).
    const titles = [...schedule().querySelectorAll('.checkup__visit-title')].map((node) => node.textContent)
    expect(titles).toEqual(ALL_TITLES)
    // The seeded visits are done, with their dates (and notes where there were any).
    expect(statusOf(TITLES.v01)).toBe('已完成')
    expect(statusOf(TITLES.v02)).toBe('已完成')
    expect(statusOf(TITLES.v03)).toBe('已完成')
    expect(within(visitCard(TITLES.v01)).getByText('2026-08-31 已完成')).toBeTruthy()
    expect(within(visitCard(TITLES.v02)).getByText('NT 1.4毫米，医生说正常')).toBeTruthy()
    expect(within(visitCard(TITLES.v03)).getByRole('button', { name: T.undo })).toBeTruthy()
    // Today is inside 大排畸超声's window; everything after it is ahead; nothing is overdue.
    expect(statusOf(TITLES.v04)).toBe('待进行')
    expect(visitCard(TITLES.v04).className).toContain('checkup__visit--due')
    expect(within(visitCard(TITLES.v04)).getByText('孕20周–23周+6天')).toBeTruthy()
    for (const title of ALL_TITLES.slice(4)) {
      expect(statusOf(title)).toBe('待进行')
      expect(visitCard(title).className).not.toContain('checkup__visit--due')
      expect(within(visitCard(title)).getByRole('button', { name: T.markDone })).toBeTruthy()
    }
    expect(within(schedule()).queryByText('已逾期')).toBeNull()
    expect(within(visitCard(TITLES.v14)).getByText('2027-04-10 至 2027-04-16')).toBeTruthy()
  })

  it('a visit not marked done whose window has passed is 已逾期', async () => {
    await h.signInAs('u-parent')
    await h.call('checkup.unmarkVisit', { visitId: 'v02' }, { idempotencyKey: 'key-unmark-v02' })
    render(<TimelinePage />)

    await waitFor(() => expect(statusOf(TITLES.v02)).toBe('已逾期'))
    expect(statusOf(TITLES.v01)).toBe('已完成')
    expect(statusOf(TITLES.v03)).toBe('已完成')
    // An overdue visit is not the next one.
    expect(within(nextCard()!).getByText(TITLES.v04)).toBeTruthy()
  })

  describe('marking 大排畸超声 done', () => {
    async function openForm() {
      await open('u-parent')
      fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.markDone }))
      return within(visitCard(TITLES.v04)).getByLabelText(T.visitDate) as HTMLInputElement
    }

    it('a date after today is refused at the date field and nothing is saved', async () => {
      const date = await openForm()
      expect(date.value).toBe('2026-11-24') // today is offered
      fireEvent.change(date, { target: { value: '2026-11-25' } })
      fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.confirmDone }))

      expect(errorAtElement(date)).toBe('产检日期不能晚于今天')
      expect(statusOf(TITLES.v04)).toBe('待进行')
      expect(within(visitCard(TITLES.v04)).queryByText(/已完成$/)).toBeNull()
      expect(Object.keys(await recordsOnBackend()).sort()).toEqual(['v01', 'v02', 'v03'])
    })

    it('today’s date is saved: "2026-11-24 已完成", on the backend, and 糖耐量试验 is next', async () => {
      const date = await openForm()
      fireEvent.change(within(visitCard(TITLES.v04)).getByLabelText(T.visitNote), { target: { value: '一切正常' } })
      expect(date.value).toBe('2026-11-24')
      fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.confirmDone }))

      expect(await within(visitCard(TITLES.v04)).findByText('2026-11-24 已完成')).toBeTruthy()
      expect(statusOf(TITLES.v04)).toBe('已完成')
      expect(within(visitCard(TITLES.v04)).getByText('一切正常')).toBeTruthy()
      expect(within(nextCard()!).getByText(TITLES.v05)).toBeTruthy()
      expect((await recordsOnBackend()).v04).toEqual({ date: '2026-11-24', note: '一切正常' })
      expect(taroDouble.storage.has('family-app:draft:checkup-visit:u-parent:v04')).toBe(false)
    })

    it('撤销完成 takes it back, on the page and on the backend', async () => {
      const date = await openForm()
      fireEvent.change(date, { target: { value: '2026-11-23' } })
      fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.confirmDone }))
      await within(visitCard(TITLES.v04)).findByText('2026-11-23 已完成')

      fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.undo }))
      await waitFor(() => expect(statusOf(TITLES.v04)).toBe('待进行'))
      expect(within(visitCard(TITLES.v04)).queryByText('2026-11-23 已完成')).toBeNull()
      expect(within(visitCard(TITLES.v04)).getByRole('button', { name: T.markDone })).toBeTruthy()
      expect(within(nextCard()!).getByText(TITLES.v04)).toBeTruthy()
      expect(Object.keys(await recordsOnBackend()).sort()).toEqual(['v01', 'v02', 'v03'])
    })
  })

  it('修改末次月经 to 70 days ago: 孕10周+0天 and a fresh timeline for the new pregnancy', async () => {
    await open('u-parent')
    fireEvent.click(within(summary()).getByRole('button', { name: T.editLmp }))
    const setter = screen.getByLabelText(T.setTitle)
    const lmp = within(setter).getByLabelText(T.lmpLabel) as HTMLInputElement
    expect(lmp.value).toBe(SEEDED_LMP)
    fireEvent.change(lmp, { target: { value: '2026-09-15' } })
    expect(within(setter).getByText('孕10周+0天，预产期 2027-06-22')).toBeTruthy()
    fireEvent.click(within(setter).getByRole('button', { name: T.save }))

    await waitFor(() => expect(within(summary()).getByText('孕10周+0天')).toBeTruthy())
    expect(screen.queryByLabelText(T.setTitle)).toBeNull()
    expect(within(summary()).getByText(/预产期 2027-06-22/)).toBeTruthy()
    expect(toasts()).toContain(T.saved)
    // The earlier visits belonged to the other pregnancy: none is done now.
    expect(within(schedule()).queryByText('已完成')).toBeNull()
    expect(within(schedule()).queryByText('已逾期')).toBeNull()
    expect(statusOf(TITLES.v01)).toBe('待进行')
    expect(visitCard(TITLES.v01).className).toContain('checkup__visit--due')
    expect(within(nextCard()!).getByText(TITLES.v01)).toBeTruthy()

    const profile = await h.call('profile.get')
    expect(profile.family.pregnancy).toEqual({ lmp: '2026-09-15' })
    expect(profile.family.children.map((child) => child.name)).toEqual(['乐乐'])
    expect(await recordsOnBackend()).toEqual({})
  })

  it('a pregnancy replaced by another shows below, under 以往孕期的产检记录, its visits behind 查看', async () => {
    await h.signInAs('u-parent')
    await h.call('checkup.markVisit', { visitId: 'v04', date: '2026-11-22', note: '大排畸未见异常' }, { idempotencyKey: 'mark-v04' })
    await open('u-parent')
    expect(screen.queryByLabelText(P.title)).toBeNull()

    fireEvent.click(within(summary()).getByRole('button', { name: T.editLmp }))
    fireEvent.change(within(screen.getByLabelText(T.setTitle)).getByLabelText(T.lmpLabel), { target: { value: '2026-09-15' } })
    fireEvent.click(within(screen.getByLabelText(T.setTitle)).getByRole('button', { name: T.save }))
    await waitFor(() => expect(within(summary()).getByText('孕10周+0天')).toBeTruthy())

    const past = await screen.findByLabelText(P.pregnancy('2027-04-10'))
    expect(screen.getByLabelText(P.title).contains(past)).toBe(true)
    expect(within(past).getByText('预产期 2027-04-10')).toBeTruthy()
    expect(within(past).getByText('完成了 4 次产检')).toBeTruthy()
    // Four visits are more than shows at once: the list opens with 查看.
    expect(within(past).queryByText('NT检查 · 2026-09-29')).toBeNull()
    fireEvent.click(within(past).getByRole('button', { name: P.show }))
    const lines = [...past.querySelectorAll('.checkup__list-item')].map((item) => item.textContent)
    expect(lines).toEqual([
      '建档与首次产检 · 2026-08-31在翠苑街道社区卫生服务中心建册，领了母子健康手册',
      'NT检查 · 2026-09-29NT 1.4毫米，医生说正常',
      '唐筛或无创DNA · 2026-10-25',
      '大排畸超声 · 2026-11-22大排畸未见异常',
    ])
    fireEvent.click(within(past).getByRole('button', { name: P.hide }))
    expect(within(past).queryByText('NT检查 · 2026-09-29')).toBeNull()
    // The new pregnancy's timeline starts empty, above it.
    expect(within(schedule()).queryByText('已完成')).toBeNull()
  })

  it('correcting the last period by a few days keeps the visits already done (same pregnancy)', async () => {
    await open('u-parent')
    fireEvent.click(within(summary()).getByRole('button', { name: T.editLmp }))
    fireEvent.change(within(screen.getByLabelText(T.setTitle)).getByLabelText(T.lmpLabel), { target: { value: '2026-07-07' } })
    fireEvent.click(within(screen.getByLabelText(T.setTitle)).getByRole('button', { name: T.save }))

    await waitFor(() => expect(within(summary()).getByText('孕20周+0天')).toBeTruthy())
    expect(statusOf(TITLES.v01)).toBe('已完成')
    expect(statusOf(TITLES.v02)).toBe('已完成')
    expect(statusOf(TITLES.v03)).toBe('已完成')
    expect(Object.keys(await recordsOnBackend()).sort()).toEqual(['v01', 'v02', 'v03'])
  })

  it('修改末次月经 by the due date the doctor gave', async () => {
    await open('u-parent')
    fireEvent.click(within(summary()).getByRole('button', { name: T.editLmp }))
    const setter = screen.getByLabelText(T.setTitle)
    fireEvent.click(within(setter).getByRole('radio', { name: T.byDue }))
    const due = within(setter).getByLabelText(T.dueLabel) as HTMLInputElement
    expect(due.value).toBe('')
    fireEvent.change(due, { target: { value: '2027-06-01' } })
    expect(within(setter).getByText('孕13周+0天，预产期 2027-06-01')).toBeTruthy()
    fireEvent.click(within(setter).getByRole('button', { name: T.save }))

    await waitFor(() => expect(within(summary()).getByText('孕13周+0天')).toBeTruthy())
    expect(within(summary()).getByText(/预产期 2027-06-01/)).toBeTruthy()
    expect(within(summary()).getByText('末次月经 2026-08-25')).toBeTruthy()
    expect((await h.call('profile.get')).family.pregnancy).toEqual({ lmp: '2026-08-25' })
  })

  it('a due date more than 40 weeks away is refused at the field and nothing is saved', async () => {
    await open('u-parent')
    fireEvent.click(within(summary()).getByRole('button', { name: T.editLmp }))
    const setter = screen.getByLabelText(T.setTitle)
    fireEvent.click(within(setter).getByRole('radio', { name: T.byDue }))
    const due = within(setter).getByLabelText(T.dueLabel) as HTMLInputElement
    fireEvent.change(due, { target: { value: '2027-09-01' } })
    fireEvent.click(within(setter).getByRole('button', { name: T.save }))

    expect(errorAtElement(due)).toBe('预产期距今超过40周，请核对')
    expect((await h.call('profile.get')).family.pregnancy).toEqual({ lmp: SEEDED_LMP })
  })

  it('提醒我 (H5) keeps a reminder for 大排畸超声 for the 首页 card and shows 已设置提醒', async () => {
    await open('u-parent')
    fireEvent.click(within(nextCard()!).getByRole('button', { name: T.remind }))

    expect(await within(nextCard()!).findByText(T.reminderOn)).toBeTruthy()
    expect(within(nextCard()!).queryByRole('button', { name: T.remind })).toBeNull()
    expect(toasts()).toEqual([T.reminderSet('2026-11-21')])
    const expected = { visitId: 'v04', title: TITLES.v04, start: '2026-11-21', end: '2026-12-18', channel: 'in-app' }
    expect(useReminderStore.getState().byUser['u-parent']).toEqual(expected)
    // Persisted, so 首页 shows it after a restart.
    const stored = JSON.parse(String(taroDouble.storage.get('family-app:reminders'))) as { state: { byUser: Record<string, unknown> } }
    expect(stored.state.byUser['u-parent']).toEqual(expected)
    // No WeChat subscription is asked for on H5.
    expect(taroDouble.callsOf('requestSubscribeMessage')).toEqual([])
  })

  it('marking the reminded visit done drops its reminder', async () => {
    await open('u-parent')
    fireEvent.click(within(nextCard()!).getByRole('button', { name: T.remind }))
    await within(nextCard()!).findByText(T.reminderOn)

    fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.markDone }))
    fireEvent.click(within(visitCard(TITLES.v04)).getByRole('button', { name: T.confirmDone }))
    await within(visitCard(TITLES.v04)).findByText('2026-11-24 已完成')
    expect(useReminderStore.getState().byUser['u-parent']).toBeUndefined()
    expect(within(nextCard()!).getByRole('button', { name: T.remind })).toBeTruthy()
  })

  describe('陈静, no pregnancy recorded and no consent yet', () => {
    it('sees the 记录孕期 form instead of a timeline', async () => {
      await open('u-instructor')
      const setter = screen.getByLabelText(T.setTitle)
      expect(within(setter).getByText(T.setHint)).toBeTruthy()
      expect(within(setter).getByRole('radio', { name: `${T.byLmp}（已选）` })).toBeTruthy()
      expect((within(setter).getByLabelText(T.lmpLabel) as HTMLInputElement).value).toBe('')
      // Nothing to cancel back to.
      expect(within(setter).queryByRole('button', { name: T.cancel })).toBeNull()
      expect(screen.queryByLabelText(T.summaryTitle)).toBeNull()
      expect(screen.queryByText(T.scheduleTitle)).toBeNull()
    })

    it('保存 with no date entered says so at the field', async () => {
      await open('u-instructor')
      const setter = screen.getByLabelText(T.setTitle)
      fireEvent.click(within(setter).getByRole('button', { name: T.save }))
      const lmp = within(setter).getByLabelText(T.lmpLabel) as HTMLElement
      expect(errorAtElement(lmp)).toBe('请选择末次月经第一天的日期')
      expect((await h.call('profile.get')).family.pregnancy).toBeNull()
    })

    it('a date typed and then deleted is refused at the field', async () => {
      await open('u-instructor')
      const setter = screen.getByLabelText(T.setTitle)
      const lmp = within(setter).getByLabelText(T.lmpLabel) as HTMLInputElement
      fireEvent.change(lmp, { target: { value: '2026-09-15' } })
      fireEvent.change(lmp, { target: { value: '' } })
      fireEvent.click(within(setter).getByRole('button', { name: T.save }))
      expect(errorAtElement(lmp)).toBe('请选择末次月经第一天的日期')
      expect(screen.queryByRole('dialog')).toBeNull()
      expect((await h.call('profile.get')).family.pregnancy).toBeNull()
    })

    it('saving asks for consent; refusing saves nothing, agreeing saves and shows the timeline', async () => {
      await open('u-instructor')
      const setter = screen.getByLabelText(T.setTitle)
      fireEvent.change(within(setter).getByLabelText(T.lmpLabel), { target: { value: '2026-09-15' } })
      fireEvent.click(within(setter).getByRole('button', { name: T.save }))

      const sheet = await screen.findByRole('dialog', { name: T.consentTitle })
      fireEvent.click(within(sheet).getByRole('button', { name: '暂不同意' }))
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(screen.getByRole('status').textContent).toBe(T.consentRefused)
      expect((screen.getByLabelText(T.lmpLabel) as HTMLInputElement).value).toBe('2026-09-15')
      expect((await h.call('profile.get')).family.pregnancy).toBeNull()

      fireEvent.click(screen.getByRole('button', { name: T.save }))
      fireEvent.click(within(await screen.findByRole('dialog', { name: T.consentTitle })).getByRole('button', { name: '同意并保存' }))
      await waitFor(() => expect(within(summary()).getByText('孕10周+0天')).toBeTruthy())
      expect(screen.queryByRole('status')).toBeNull()
      expect(statusOf(TITLES.v01)).toBe('待进行')
      const profile = await h.call('profile.get')
      expect(profile.family.pregnancy).toEqual({ lmp: '2026-09-15' })
      expect(profile.consents.familyHealth).not.toBeNull()
    })
  })
})
