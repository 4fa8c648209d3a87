import { fireEvent, render, screen, within } from '@testing-library/react'
import CareLogPage from '@/features/help/pages/log/index'
import { CARE_TEXTS, LOG_TEXTS as T } from '@/features/help/care-texts'
import type { CaseloadItem, FamilyCareDto } from '@/contract/care'
import type { HelpDetail, HelpSummary } from '@/contract/help'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { chosenIn, errorOfField, redirectedUrls, settle, toasts } from './support/page-queries'
import { navigationCalls, openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string, familyId = 'u-special') {
  await h.signInAs(identityId)
  taroDouble.setRouterParams({ familyId })
  const view = render(<CareLogPage />)
  await settle()
  return view
}

const group = (label: string) => screen.getByRole('radiogroup', { name: label })
const choose = (label: string, option: string) => fireEvent.click(within(group(label)).getByRole('radio', { name: option }))
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value
const save = async () => {
  fireEvent.click(screen.getByRole('button', { name: T.save }))
  await settle()
}

const familyAs = async (identityId: string, familyId = 'u-special') => (await actingAs(h, identityId)).call<FamilyCareDto>('care.family', { familyId })
const caseloadOf = async (identityId: string) => (await actingAs(h, identityId)).call<CaseloadItem[]>('care.families')
const drafts = () => [...taroDouble.storage.keys()].filter((key) => key.includes('care-log'))

/** A 15-minute call today, the family 平稳. */
function fillCall(note = '老张说这几天降温，膝盖有点疼，已提醒他去社区医院。') {
  choose(T.kind, '电话')
  type(T.duration, '15')
  choose(T.state, '平稳')
  type(T.note, note)
}

describe('记录联系 (log) page', () => {
  it('opens for 张建国 with today as the date and nothing chosen yet', async () => {
    await openAs('u-contact')
    expect(screen.getByText(T.title('张建国'))).toBeTruthy()
    expect(valueOf(T.date)).toBe('2026-11-24')
    expect(chosenIn(group(T.kind))).toEqual([])
    expect(chosenIn(group(T.state))).toEqual([])
    expect(valueOf(T.nextContactDate)).toBe('')
    expect(screen.getByText(T.noteHint)).toBeTruthy()
    expect(screen.queryByText(T.urgentNotice)).toBeNull()
  })

  it('a future date and 0 minutes are refused at their fields, and nothing is sent; fixing a field clears its message', async () => {
    await openAs('u-contact')
    fillCall()
    type(T.date, '2026-11-25')
    type(T.duration, '0')
    type(T.nextContactDate, '2027-06-01')
    await save()
    expect(errorOfField(T.date)).toBe('联系日期不能晚于今天')
    expect(errorOfField(T.duration)).toBe('通话或走访时长请填写1到600分钟')
    expect(errorOfField(T.nextContactDate)).toBe('下次联系日期应在今天之后、180天以内')
    expect(errorOfField(T.kind)).toBeNull()
    expect(toasts()).toEqual([T.fixErrors])
    expect((await familyAs('u-contact')).logs).toHaveLength(2)

    type(T.duration, '20')
    expect(errorOfField(T.duration)).toBeNull()
    expect(errorOfField(T.date)).toBe('联系日期不能晚于今天')
  })

  it('an empty form asks for the way and the family’s state', async () => {
    await openAs('u-contact')
    await save()
    expect(errorOfField(T.kind)).toBe('请选择联系方式')
    expect(errorOfField(T.state)).toBe('请选择家庭状况')
    expect(errorOfField(T.duration)).toBe('通话或走访时长请填写1到600分钟')
    expect(errorOfField(T.date)).toBeNull()
  })

  it('a valid call is saved: back to the record with 已记录, and 张建国 is no longer overdue', async () => {
    openedFromAnotherPage()
    await openAs('u-contact')
    fillCall()
    type(T.nextContactDate, '2026-12-10')
    await save()
    expect(toasts()).toEqual([T.saved])
    expect(navigationCalls()).toEqual(['navigateBack'])
    const family = await familyAs('u-contact')
    expect(family.logs[0]).toMatchObject({ kind: 'call', date: '2026-11-24', durationMinutes: 15, state: 'stable', byName: '李慧敏', nextContactDate: '2026-12-10' })
    expect(family.logs[0].note).toBe('老张说这几天降温，膝盖有点疼，已提醒他去社区医院。')
    expect((await caseloadOf('u-contact')).find((item) => item.familyId === 'u-special')).toMatchObject({ overdue: [], daysOverdue: 0, lastContact: '2026-11-24' })
    expect(drafts()).toEqual([])
  })

  it('需紧急帮助 says an urgent request will be opened, and saving opens it in place of the form', async () => {
    await openAs('u-contact')
    fillCall('老张在家摔了一跤，起不来，邻居在陪着。')
    choose(T.kind, '上门')
    choose(T.state, '需紧急帮助')
    expect(screen.getByText(T.urgentNotice)).toBeTruthy()
    await save()
    const [request] = await (await actingAs(h, 'u-special')).call<HelpSummary[]>('help.mine')
    expect(request).toMatchObject({ urgent: true, status: 'accepted', phoneInBy: null })
    expect(redirectedUrls()).toEqual([`${ROUTES.helpDetail}?id=${request.id}`])
    expect(toasts()).toEqual([T.savedUrgent])
    // The private note stays in the log.
    const detail = await (await actingAs(h, 'u-special')).call<HelpDetail>('help.detail', { id: request.id })
    expect(JSON.stringify(detail)).not.toContain('摔了一跤')
    expect((await familyAs('u-contact')).logs[0]).toMatchObject({ kind: 'visit', state: 'urgent' })
  })

  it('the draft survives closing and reopening the page', async () => {
    const first = await openAs('u-contact')
    fillCall()
    type(T.date, '2026-11-20')
    first.unmount()

    render(<CareLogPage />)
    await settle()
    expect(screen.getByText(T.restored)).toBeTruthy()
    expect(chosenIn(group(T.kind))).toEqual(['电话'])
    expect(chosenIn(group(T.state))).toEqual(['平稳'])
    expect(valueOf(T.date)).toBe('2026-11-20')
    expect(valueOf(T.duration)).toBe('15')
    expect(valueOf(T.note)).toBe('老张说这几天降温，膝盖有点疼，已提醒他去社区医院。')
  })

  it('the draft is this contact’s and this family’s own', async () => {
    const first = await openAs('u-contact')
    fillCall()
    first.unmount()
    taroDouble.setRouterParams({ familyId: 'u-special-2' })
    render(<CareLogPage />)
    await settle()
    expect(screen.getByText(T.title('王桂英'))).toBeTruthy()
    expect(screen.queryByText(T.restored)).toBeNull()
    expect(valueOf(T.note)).toBe('')
  })

  it('a failed save keeps everything and says so; 重试 saves exactly one log', async () => {
    openedFromAnotherPage()
    await openAs('u-contact')
    fillCall()
    h.backend.failNext(1, { afterWrite: true })
    await save()
    const failure = screen.getByText(T.failed('网络连接失败，请检查网络后重试'))
    expect(valueOf(T.duration)).toBe('15')
    expect(drafts()).toHaveLength(1)
    fireEvent.click(within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: T.retry }))
    await settle()
    expect((await familyAs('u-contact')).logs).toHaveLength(3)
    expect(navigationCalls()).toEqual(['navigateBack'])
  })

  it('a refusal from the backend is shown at its field, and nothing is logged', async () => {
    await openAs('u-contact')
    fillCall()
    // The backend's day is a day earlier than the one the form opened with: today's date is in its future.
    h.setNow(h.clock.now() - 86_400_000)
    await save()
    expect(errorOfField(T.date)).toBe('联系日期不能晚于今天')
    expect(screen.queryByText(/保存失败/)).toBeNull()
    expect((await familyAs('u-contact')).logs).toHaveLength(2)
    expect(drafts()).toHaveLength(1)
  })

  it('孙丽 cannot log for 张建国: the form does not open', async () => {
    await openAs('u-contact-3')
    expect(screen.getByRole('alert').textContent).toContain('没有找到这户家庭')
    expect(screen.queryByRole('button', { name: T.save })).toBeNull()
  })

  it.each(['u-parent', 'u-instructor', 'u-special'])('%s is told the page is for contacts', async (identityId) => {
    await openAs(identityId)
    expect(screen.getByRole('status').textContent).toContain(CARE_TEXTS.notForYou)
    expect(screen.queryByRole('button', { name: T.save })).toBeNull()
  })
})
