import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import VisitPage from '@/features/centres/pages/visit/index'
import { centresApi } from '@/features/centres/service'
import { VISIT_TEXTS as T } from '@/features/centres/texts'
import { ROUTES } from '@/routes'
import { ServiceError } from '@/services'
import { useFamilyStore } from '@/stores/family-store'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { errorOfField, openedUrls, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// ctr-0001 is 禾苗家庭托育点（湖滨）, for 12–36 months. The clock is Tuesday 2026-11-24.
const CENTRE = 'ctr-0001'
const NAME = '禾苗家庭托育点（湖滨）'

const submitButton = () => screen.getByRole('button', { name: T.submit }) as HTMLButtonElement
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const slot = (name: string) => fireEvent.click(within(screen.getByRole('radiogroup', { name: T.slot })).getByRole('radio', { name }))

async function openVisit(identityId: string | null, options: { family?: boolean } = {}) {
  if (identityId) await h.signInAs(identityId)
  if (options.family) await useFamilyStore.getState().load()
  taroDouble.setRouterParams({ id: CENTRE })
  const view = render(<VisitPage />)
  if (identityId) await screen.findByText(NAME)
  else await settle()
  return view
}

function fillValid() {
  type(T.date, '2026-11-26')
  slot(T.morning)
  type(T.phone, '13857161234')
  type(T.childAge, '14')
}

describe('预约参观 (visit) page', () => {
  it('asks a visitor to sign in first', async () => {
    await openVisit(null)
    expect(screen.getByText(T.signIn)).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.submit })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })

  it('fills in the child’s age from the family profile', async () => {
    await openVisit('u-parent', { family: true })
    expect((screen.getByLabelText(T.childAge) as HTMLInputElement).value).toBe('14') // 乐乐
    expect((screen.getByLabelText(T.date) as HTMLInputElement).value).toBe('')
  })

  it('shows every missing field and sends nothing', async () => {
    await openVisit('u-parent')
    // The account's phone and 乐乐's age come filled in; emptied, they are missing too.
    type(T.phone, '')
    type(T.childAge, '')
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.date)).toBe('请选择参观日期')
    expect(errorOfField(T.slot)).toBe('请选择上午或下午')
    expect(errorOfField(T.phone)).toBe('请输入手机号码')
    expect(errorOfField(T.childAge)).toBe('请填写孩子的月龄（0–36个月）')
    expect(await centresApi().call('centres.myVisits')).toEqual([])
    expect(toasts()).toEqual([])
  })

  it('explains a weekend date, a wrong number and a child too young for the centre', async () => {
    await openVisit('u-parent')
    fillValid()
    type(T.date, '2026-11-28')
    type(T.phone, '1385716')
    type(T.childAge, '6')
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.date)).toBe('周末不安排参观，请选择工作日')
    expect(errorOfField(T.phone)).toBe('手机号码应为11位')
    expect(errorOfField(T.childAge)).toBe('这家机构招收12–36个月的孩子')
    expect(errorOfField(T.slot)).toBeNull()
    expect(await centresApi().call('centres.myVisits')).toEqual([])
  })

  it('sends a valid request once and opens 我的托育 on the visits tab', async () => {
    await openVisit('u-parent')
    fillValid()
    fireEvent.click(submitButton())
    await waitFor(() => expect(openedUrls()).toEqual([`${ROUTES.centresMine}?tab=visits`]))
    expect(toasts()).toEqual([T.done])
    const visits = await centresApi().call('centres.myVisits')
    expect(visits).toHaveLength(1)
    expect(visits[0]).toMatchObject({ centreId: CENTRE, date: '2026-11-26', slot: 'morning', childAgeMonths: 14, phoneMasked: '138****1234', status: 'pending' })
  })

  it('a double tap on 提交预约 sends one request', async () => {
    await openVisit('u-parent')
    fillValid()
    const button = submitButton()
    act(() => {
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }))
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    })
    await waitFor(() => expect(openedUrls()).toEqual([`${ROUTES.centresMine}?tab=visits`]))
    expect(await centresApi().call('centres.myVisits')).toHaveLength(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps what was typed when the page is opened again', async () => {
    const first = await openVisit('u-parent')
    type(T.date, '2026-11-27')
    type(T.phone, '13900001111')
    first.unmount()
    render(<VisitPage />)
    await screen.findByText(NAME)
    expect((screen.getByLabelText(T.date) as HTMLInputElement).value).toBe('2026-11-27')
    expect((screen.getByLabelText(T.phone) as HTMLInputElement).value).toBe('13900001111')
  })

  it('shows the backend’s refusal of a second visit and keeps the form', async () => {
    const lin = await actingAs(h, 'u-parent')
    await lin.call('centres.requestVisit', { centreId: CENTRE, date: '2026-11-25', slot: 'afternoon', phone: '13857161234', childAgeMonths: 14 })
    await openVisit('u-parent')
    fillValid()
    fireEvent.click(submitButton())
    const alert = await screen.findByText(/^提交失败：/)
    expect(alert.textContent).toBe(T.failed('您已预约 2026-11-25 参观这家机构，如需改期请先取消'))
    expect(openedUrls()).toEqual([])
    expect((screen.getByLabelText(T.date) as HTMLInputElement).value).toBe('2026-11-26')
    expect(await centresApi().call('centres.myVisits')).toHaveLength(1)
  })

  it('comes with the account’s phone and the child’s age, says where they came from, and keeps them editable', async () => {
    await openVisit('u-parent')
    expect((screen.getByLabelText(T.phone) as HTMLInputElement).value).toBe('13857161234')
    expect(screen.getByText(T.phoneFromAccount)).toBeTruthy()
    expect((screen.getByLabelText(T.childAge) as HTMLInputElement).value).toBe('14')
    expect(screen.getByText(T.ageFromProfile('乐乐'))).toBeTruthy()

    type(T.phone, '13900001111')
    expect(screen.queryByText(T.phoneFromAccount)).toBeNull()
    expect(screen.getByText(T.phoneHint)).toBeTruthy()
    type(T.childAge, '20')
    expect(screen.queryByText(T.ageFromProfile('乐乐'))).toBeNull()

    type(T.date, '2026-11-26')
    slot(T.morning)
    fireEvent.click(submitButton())
    await waitFor(() => expect(openedUrls()).toEqual([`${ROUTES.centresMine}?tab=visits`]))
    expect((await centresApi().call('centres.myVisits'))[0]).toMatchObject({ phoneMasked: '139****1111', childAgeMonths: 20 })
  })

  it('王磊’s form has his own number and 豆豆’s age', async () => {
    await openVisit('u-parent-2')
    expect((screen.getByLabelText(T.phone) as HTMLInputElement).value).toBe('13656712580')
    expect((screen.getByLabelText(T.childAge) as HTMLInputElement).value).toBe('26')
    expect(screen.getByText(T.ageFromProfile('豆豆'))).toBeTruthy()
  })

  it('opens empty, still usable, when the profile cannot be loaded', async () => {
    await h.signInAs('u-parent')
    const handle = h.backend.handle.bind(h.backend)
    jest
      .spyOn(h.backend, 'handle')
      .mockImplementation((request) =>
        request.method === 'profile.get' ? Promise.resolve({ ok: false, error: new ServiceError('NETWORK').toBody() }) : handle(request),
      )
    taroDouble.setRouterParams({ id: CENTRE })
    render(<VisitPage />)
    await screen.findByText(NAME)
    expect((screen.getByLabelText(T.phone) as HTMLInputElement).value).toBe('')
    expect(screen.queryByText(T.phoneFromAccount)).toBeNull()
    expect(useFamilyStore.getState().status).toBe('error')
  })
})

