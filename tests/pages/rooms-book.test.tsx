import { act, fireEvent, render, screen, within } from '@testing-library/react'
import BookPage from '@/features/rooms/pages/book/index'
import { BOOK_TEXTS as T } from '@/features/rooms/texts'
import { ROUTES } from '@/routes'
import type { BookingDto } from '@/contract/rooms'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { chosenIn, errorOfField, openedUrls, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

/** 翠苑, 2026-11-25 09:30 亲子绘本共读 (12–36个月): one place left of eight. */
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
/** 翠苑, 2026-11-25 14:30 婴儿抚触与被动操, for 1–6个月: 乐乐 (14个月) is too old. */
const BABIES_ONLY = 'ss-cuiyuan-2026-11-25-pm'

const children = () => screen.getByRole('radiogroup', { name: T.child })
const carers = () => screen.getByRole('radiogroup', { name: T.carers })
const confirmButton = (name = T.confirm) => screen.getByRole('button', { name }) as HTMLButtonElement
const result = () => screen.getByLabelText('预约结果')

async function openBooking(sessionId: string, identityId: string | null) {
  if (identityId) await h.signInAs(identityId)
  taroDouble.setRouterParams({ sessionId })
  render(<BookPage />)
  if (identityId) await screen.findByRole('radiogroup', { name: T.child })
  else await settle()
}

const bookingsFor = async (sessionId: string) => (await h.call('rooms.myBookings')).filter((booking) => booking.session.id === sessionId)

describe('预约活动 (book) page', () => {
  it('shows the session with its deadline', async () => {
    await openBooking(LAST_PLACE, 'u-parent')
    expect(screen.getByText(T.title)).toBeTruthy()
    expect(screen.getByText('2026-11-25 09:30–10:30')).toBeTruthy()
    expect(screen.getByText('亲子绘本共读')).toBeTruthy()
    expect(screen.getByText('12–36个月 · 剩 1 个名额（共8）')).toBeTruthy()
    expect(screen.getByText(T.closesAt('2026-11-25 07:30'))).toBeTruthy()
    expect(within(children()).getAllByRole('radio').map((option) => option.textContent)).toEqual(['乐乐'])
    expect(chosenIn(carers())).toEqual([T.one])
  })

  it('林晓雯 books the last place for 乐乐 with two carers and gets a 6-digit 签到码', async () => {
    await openBooking(LAST_PLACE, 'u-parent')
    fireEvent.click(within(children()).getByRole('radio', { name: '乐乐' }))
    fireEvent.click(within(carers()).getByRole('radio', { name: T.two }))
    expect(chosenIn(children())).toEqual(['乐乐'])
    expect(chosenIn(carers())).toEqual([T.two])
    fireEvent.click(confirmButton())

    await screen.findByLabelText('预约结果')
    expect(within(result()).getByText(T.booked)).toBeTruthy()
    expect(within(result()).getByText('2026-11-25 09:30–10:30 亲子绘本共读')).toBeTruthy()
    expect(within(result()).getByText('翠苑街道向日葵亲子小屋')).toBeTruthy()
    expect(within(result()).getByText('杭州市西湖区文三路翠苑一区社区服务中心2楼')).toBeTruthy()
    const code = result().querySelector('.rooms__code')!.textContent!
    expect(code).toMatch(/^\d{6}$/)
    expect(toasts()).toEqual([T.booked])

    const saved = await bookingsFor(LAST_PLACE)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ status: 'booked', code, childName: '乐乐', carers: 2 })
    expect(saved[0].session.placesLeft).toBe(0)

    fireEvent.click(within(result()).getByRole('button', { name: T.toBookings }))
    expect(openedUrls()).toEqual([ROUTES.roomsBookings])
  })

  it('a double tap on 确认预约 books once', async () => {
    await openBooking(LAST_PLACE, 'u-parent')
    fireEvent.click(within(children()).getByRole('radio', { name: '乐乐' }))
    const button = confirmButton()
    // Two taps before the page has had time to re-render.
    act(() => {
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }))
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    })

    await screen.findByLabelText('预约结果')
    expect(within(result()).getByText(T.booked)).toBeTruthy()
    const saved = await bookingsFor(LAST_PLACE)
    expect(saved).toHaveLength(1)
    expect(saved[0].status).toBe('booked')
    expect(toasts()).toEqual([T.booked])
  })

  it('a second tap while the first is being sent does nothing (the button is disabled)', async () => {
    await openBooking(LAST_PLACE, 'u-parent')
    fireEvent.click(within(children()).getByRole('radio', { name: '乐乐' }))
    fireEvent.click(confirmButton())
    fireEvent.click(screen.getByRole('button', { name: T.submitting }))
    await screen.findByLabelText('预约结果')
    expect(await bookingsFor(LAST_PLACE)).toHaveLength(1)
  })

  it('王磊, once the last place is taken, is offered 加入候补 and is 排第 1 位', async () => {
    const lin = await actingAs(h, 'u-parent')
    await lin.call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 })
    await openBooking(LAST_PLACE, 'u-parent-2')

    expect(screen.getByText(T.waitTitle)).toBeTruthy()
    expect(screen.getByText(T.waitHint)).toBeTruthy()
    expect(screen.getByText('12–36个月 · 名额已满（共8）')).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.confirm })).toBeNull()
    fireEvent.click(within(children()).getByRole('radio', { name: '豆豆' }))
    fireEvent.click(confirmButton(T.confirmWait))

    await screen.findByLabelText('预约结果')
    expect(within(result()).getByText(T.waiting(1))).toBeTruthy()
    expect(result().querySelector('.rooms__code')).toBeNull()
    const saved = await bookingsFor(LAST_PLACE)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, code: null, childName: '豆豆' })
  })

  it('王磊 tapping 确认预约 just after someone else took the last place: told so, then 确认候补 keeps 豆豆', async () => {
    await openBooking(LAST_PLACE, 'u-parent-2')
    fireEvent.click(within(children()).getByRole('radio', { name: '豆豆' }))
    // Meanwhile 林晓雯 takes the place.
    await (await actingAs(h, 'u-parent')).call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 })
    fireEvent.click(confirmButton())

    expect(await screen.findByText(T.failed('名额刚刚约满了，可以加入候补'))).toBeTruthy()
    await screen.findByText(T.waitTitle)
    expect(chosenIn(children())).toEqual(['豆豆'])
    fireEvent.click(confirmButton(T.confirmWait))

    await screen.findByLabelText('预约结果')
    expect(within(result()).getByText(T.waiting(1))).toBeTruthy()
    expect((await bookingsFor(LAST_PLACE))[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
  })

  it('a child outside the session’s ages: the reason at the field, 确认预约 disabled, nothing booked', async () => {
    await openBooking(BABIES_ONLY, 'u-parent')
    expect(screen.getByText('1–6个月 · 剩 4 个名额（共6）')).toBeTruthy()
    fireEvent.click(within(children()).getByRole('radio', { name: '乐乐' }))

    expect(errorOfField(T.child)).toBe('活动适合1–6个月的孩子，到活动当天孩子14个月，已超出')
    expect(confirmButton().disabled).toBe(true)
    fireEvent.click(confirmButton())
    await settle()
    expect(screen.queryByLabelText('预约结果')).toBeNull()
    expect(await bookingsFor(BABIES_ONLY)).toEqual([])
  })

  it('确认预约 without choosing a child asks for one at the field', async () => {
    await openBooking(LAST_PLACE, 'u-parent')
    fireEvent.click(confirmButton())
    expect(errorOfField(T.child)).toBe(T.chooseChild)
    expect(await bookingsFor(LAST_PLACE)).toEqual([])
    fireEvent.click(within(children()).getByRole('radio', { name: '乐乐' }))
    expect(errorOfField(T.child)).toBeNull()
  })

  it('a session she already booked says so instead of offering the form', async () => {
    await h.signInAs('u-parent')
    taroDouble.setRouterParams({ sessionId: 'ss-wenxin-2026-11-28-am' })
    render(<BookPage />)
    expect(await screen.findByText('您已预约或候补这场活动')).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.confirm })).toBeNull()
  })

  it('a network failure keeps her choices and 重试 books', async () => {
    await openBooking(LAST_PLACE, 'u-parent')
    fireEvent.click(within(children()).getByRole('radio', { name: '乐乐' }))
    fireEvent.click(within(carers()).getByRole('radio', { name: T.two }))
    h.backend.failNext(1)
    fireEvent.click(confirmButton())

    const failure = await screen.findByText(T.failed('网络连接失败，请检查网络后重试'))
    expect(chosenIn(children())).toEqual(['乐乐'])
    expect(chosenIn(carers())).toEqual([T.two])
    expect(await bookingsFor(LAST_PLACE)).toEqual([])

    fireEvent.click(within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: T.retry }))
    await screen.findByLabelText('预约结果')
    const saved: BookingDto[] = await bookingsFor(LAST_PLACE)
    expect(saved).toHaveLength(1)
    expect(saved[0].carers).toBe(2)
  })

  it('signed out: asks to sign in as a parent, and 去登录 opens sign-in', async () => {
    await openBooking(LAST_PLACE, null)
    expect(screen.getByRole('status').textContent).toContain(T.signIn)
    expect(screen.queryByRole('button', { name: T.confirm })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })

  it('an instructor is told only parents can book', async () => {
    await h.signInAs('u-instructor')
    taroDouble.setRouterParams({ sessionId: LAST_PLACE })
    render(<BookPage />)
    await settle()
    expect(screen.getByRole('status').textContent).toBe(T.onlyParents)
    expect(screen.queryByRole('button', { name: T.confirm })).toBeNull()
  })
})
