import { fireEvent, render, screen, within } from '@testing-library/react'
import CarePhoneInPage from '@/features/help/pages/phone-in/index'
import { CARE_TEXTS, PHONE_IN_TEXTS as T } from '@/features/help/care-texts'
import { REQUEST_TEXTS } from '@/features/help/texts'
import type { HelpDetail, HelpSummary } from '@/contract/help'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { errorOfField, openedUrls, redirectedUrls, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string, familyId = 'u-special') {
  await h.signInAs(identityId)
  taroDouble.setRouterParams({ familyId })
  const view = render(<CarePhoneInPage />)
  await settle()
  return view
}

const R = REQUEST_TEXTS
const choose = (label: string, option: string) => fireEvent.click(within(screen.getByRole('radiogroup', { name: label })).getByRole('radio', { name: option }))
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value
const agreeBox = () => screen.getByRole('checkbox', { name: T.agreeText })
const isTicked = (box: HTMLElement) => box.querySelector('.help__box--on') !== null
const submit = async () => {
  fireEvent.click(screen.getByRole('button', { name: T.submit }))
  await settle()
}
const mineOf = async (identityId: string) => (await actingAs(h, identityId)).call<HelpSummary[]>('help.mine')

/** 老张 phoned: he would like a visit this week. */
function fillVisit() {
  choose(R.type, '走访慰问')
  type(R.need, '老张打电话说想请联系人这周上门坐坐，聊聊天。')
  choose(R.halfDay, '下午')
}

describe('代为登记求助 (phone-in) page', () => {
  it('starts with 张建国’s address and phone on file, and says how the request will show to him', async () => {
    await openAs('u-contact')
    expect(screen.getByText(T.title('张建国'))).toBeTruthy()
    expect(valueOf(R.address)).toBe('杭州市西湖区翠苑一区12幢2单元301室')
    expect(valueOf(R.phone)).toBe('13605819876')
    expect(valueOf(R.date)).toBe('2026-11-25')
    expect(isTicked(agreeBox())).toBe(false)
    expect(screen.getByText(T.shownAs('张建国'))).toBeTruthy()
    // The family's own consent tick is not asked of the contact.
    expect(screen.queryByRole('checkbox', { name: R.consentTitle })).toBeNull()
  })

  it('without the agreement tick the error is at the field, and nothing is sent', async () => {
    await openAs('u-contact')
    fillVisit()
    await submit()
    expect(errorOfField(T.agreeTitle)).toBe(T.agreeRequired)
    expect(errorOfField(R.need)).toBeNull()
    expect(toasts()).toEqual([R.fixErrors])
    expect(await mineOf('u-special')).toEqual([])
    expect(redirectedUrls()).toEqual([])

    fireEvent.click(agreeBox())
    expect(errorOfField(T.agreeTitle)).toBeNull()
  })

  it('the request’s own rules apply, at their fields', async () => {
    await openAs('u-contact')
    fireEvent.click(agreeBox())
    type(R.need, '来')
    await submit()
    expect(errorOfField(R.type)).toBe('请选择求助类型')
    expect(errorOfField(R.need)).toBe('请说说需要什么帮助（至少5个字）')
    expect(errorOfField(R.halfDay)).toBe('请选择上午或下午')
    expect(await mineOf('u-special')).toEqual([])
  })

  it('a valid request is filed for 张建国, marked 电话代录, and opens in place of the form', async () => {
    await openAs('u-contact')
    fillVisit()
    fireEvent.click(agreeBox())
    await submit()
    const mine = await mineOf('u-special')
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ type: 'visit', status: 'submitted', phoneInBy: '李慧敏', halfDay: 'pm', preferredDate: '2026-11-25' })
    expect(redirectedUrls()).toEqual([`${ROUTES.helpDetail}?id=${mine[0].id}`])
    expect(openedUrls()).toEqual([])
    expect(toasts()).toEqual([T.done])
    const detail = await (await actingAs(h, 'u-special')).call<HelpDetail>('help.detail', { id: mine[0].id })
    expect(detail).toMatchObject({ address: '杭州市西湖区翠苑一区12幢2单元301室', phone: '13605819876', need: '老张打电话说想请联系人这周上门坐坐，聊聊天。' })
    expect([...taroDouble.storage.keys()].filter((key) => key.includes('care-phone-in'))).toEqual([])
  })

  it('the draft survives closing and reopening the page, for this family only', async () => {
    const first = await openAs('u-contact')
    fillVisit()
    type(R.phone, '13605819870')
    fireEvent.click(agreeBox())
    first.unmount()

    const second = render(<CarePhoneInPage />)
    await settle()
    expect(screen.getByText(R.restored)).toBeTruthy()
    expect(valueOf(R.need)).toBe('老张打电话说想请联系人这周上门坐坐，聊聊天。')
    expect(valueOf(R.phone)).toBe('13605819870')
    expect(isTicked(agreeBox())).toBe(true)
    second.unmount()

    taroDouble.setRouterParams({ familyId: 'u-special-3' })
    render(<CarePhoneInPage />)
    await settle()
    expect(screen.queryByText(R.restored)).toBeNull()
    expect(valueOf(R.phone)).toBe('0571-88215306')
    expect(valueOf(R.need)).toBe('')
    expect(valueOf(R.address)).toBe('杭州市西湖区翠苑一区3幢1单元201室')
  })

  it('a failed send keeps everything; 重试 files exactly one request', async () => {
    await openAs('u-contact')
    fillVisit()
    fireEvent.click(agreeBox())
    h.backend.failNext(1, { afterWrite: true })
    await submit()
    const failure = screen.getByText(R.failed('网络连接失败，请检查网络后重试'))
    expect(valueOf(R.need)).toBe('老张打电话说想请联系人这周上门坐坐，聊聊天。')
    fireEvent.click(within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: R.retry }))
    await settle()
    expect(await mineOf('u-special')).toHaveLength(1)
    expect(redirectedUrls()).toHaveLength(1)
  })

  it('孙丽 cannot file for 张建国: the form does not open', async () => {
    await openAs('u-contact-3')
    expect(screen.getByRole('alert').textContent).toContain('没有找到这户家庭')
    expect(screen.queryByRole('button', { name: T.submit })).toBeNull()
  })

  it.each(['u-parent', 'u-instructor', 'u-special'])('%s is told the page is for contacts', async (identityId) => {
    await openAs(identityId)
    expect(screen.getByRole('status').textContent).toContain(CARE_TEXTS.notForYou)
    expect(screen.queryByRole('button', { name: T.submit })).toBeNull()
  })
})
