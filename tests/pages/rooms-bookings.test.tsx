import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import BookingsPage from '@/features/rooms/pages/bookings/index'
import { BOOKINGS_TEXTS as T } from '@/features/rooms/texts'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { openedUrls, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 林晓雯's seeded bookings: 乐乐 at 文新 on Saturday 2026-11-28 09:30 (booked), and at 翠苑 last
// Wednesday 2026-11-18 (checked in).
const UPCOMING = '2026-11-28 自由游戏时光'
const PAST = '2026-11-18 自由游戏时光'
const at = (iso: string) => Date.parse(`${iso}+08:00`)

const tab = (name: string) => screen.getByRole('tab', { name })
const cards = () => [...document.querySelectorAll('.card[aria-label]')].map((card) => card.getAttribute('aria-label'))
const card = (label: string) => screen.getByLabelText(label)

/** The upcoming booking's 签到码, drawn at random when the demo data was seeded. */
const upcomingCode = async () => (await h.call('rooms.myBookings')).find((b) => b.session.date === '2026-11-28')!.code!

async function openBookings(identityId = 'u-parent') {
  await h.signInAs(identityId)
  render(<BookingsPage />)
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
}

describe('我的预约 (bookings) page', () => {
  it('待参加 lists her coming booking with its 签到码 and 取消预约; 已结束 the one she went to', async () => {
    await openBookings()
    expect(tab(T.upcoming).textContent).toBe('待参加（1）')
    expect(tab(T.past).textContent).toBe('已结束（1）')
    expect(cards()).toEqual([UPCOMING])
    const coming = card(UPCOMING)
    expect(within(coming).getByText('2026-11-28 09:30–11:00')).toBeTruthy()
    expect(within(coming).getByText('自由游戏时光 · 乐乐 · 陪同1人')).toBeTruthy()
    expect(within(coming).getByText('待参加')).toBeTruthy()
    expect(within(coming).getByText(await upcomingCode())).toBeTruthy()
    expect(within(coming).getByText('文新街道向日葵亲子小屋')).toBeTruthy()
    expect(within(coming).getByRole('button', { name: T.cancel })).toBeTruthy()

    fireEvent.click(tab(T.past))
    expect(cards()).toEqual([PAST])
    const past = card(PAST)
    expect(within(past).getByText('已签到')).toBeTruthy()
    expect(within(past).queryByRole('button', { name: T.cancel })).toBeNull()
    expect(within(past).queryByText(T.notCancellable)).toBeNull()
  })

  it('取消预约 asks first; saying no keeps the booking', async () => {
    await openBookings()
    taroDouble.answerModals(false)
    fireEvent.click(within(card(UPCOMING)).getByRole('button', { name: T.cancel }))

    await waitFor(() => expect(taroDouble.callsOf('showModal')).toEqual([{ title: T.cancel, content: T.cancelConfirm }]))
    await settle()
    expect(cards()).toEqual([UPCOMING])
    expect(toasts()).toEqual([])
    const [booking] = (await h.call('rooms.myBookings')).filter((b) => b.session.date === '2026-11-28')
    expect(booking.status).toBe('booked')
  })

  it('confirming the cancel takes it off 待参加 and shows it as 已取消 under 已结束', async () => {
    await openBookings()
    const code = await upcomingCode()
    taroDouble.answerModals(true)
    fireEvent.click(within(card(UPCOMING)).getByRole('button', { name: T.cancel }))

    expect(await screen.findByText(T.emptyUpcoming)).toBeTruthy()
    expect(screen.getByText(T.emptyUpcomingHint)).toBeTruthy()
    expect(toasts()).toEqual([T.cancelled])
    expect(tab(T.upcoming).textContent).toBe('待参加（0）')
    expect(tab(T.past).textContent).toBe('已结束（2）')

    fireEvent.click(tab(T.past))
    const cancelled = card(UPCOMING)
    expect(within(cancelled).getByText(T.cancelled)).toBeTruthy()
    expect(within(cancelled).queryByRole('button', { name: T.cancel })).toBeNull()
    // No 签到码 for a cancelled booking.
    expect(within(cancelled).queryByText(code)).toBeNull()
    const [booking] = (await h.call('rooms.myBookings')).filter((b) => b.session.date === '2026-11-28')
    expect(booking.status).toBe('cancelled')
  })

  it('at 07:29 on the day she can still cancel; from 07:30 (two hours before) the button is replaced by the rule', async () => {
    h.setNow(at('2026-11-28T07:29:00'))
    await openBookings()
    expect(within(card(UPCOMING)).getByRole('button', { name: T.cancel })).toBeTruthy()
    expect(within(card(UPCOMING)).queryByText(T.notCancellable)).toBeNull()
  })

  it('after 07:30 on the day the cancel button is replaced by 活动开始前2小时内不能取消', async () => {
    h.setNow(at('2026-11-28T07:30:00'))
    await openBookings()
    const coming = card(UPCOMING)
    expect(within(coming).getByText(T.notCancellable)).toBeTruthy()
    expect(within(coming).queryByRole('button', { name: T.cancel })).toBeNull()
    // Still 待参加 with its 签到码 until the session ends.
    expect(within(coming).getByText(await upcomingCode())).toBeTruthy()
  })

  it('a cancel sent after 07:30 from a page opened earlier is refused, and the page then shows the rule', async () => {
    h.setNow(at('2026-11-28T07:25:00'))
    await openBookings()
    h.setNow(at('2026-11-28T07:45:00'))
    fireEvent.click(within(card(UPCOMING)).getByRole('button', { name: T.cancel }))

    await waitFor(() => expect(within(card(UPCOMING)).getByText(T.notCancellable)).toBeTruthy())
    expect(toasts()).toEqual(['活动开始前2小时内不能取消，如不能参加请直接联系小屋'])
    const [booking] = (await h.call('rooms.myBookings')).filter((b) => b.session.date === '2026-11-28')
    expect(booking.status).toBe('booked')
  })

  it('once the session has ended it moves to 已结束', async () => {
    h.setNow(at('2026-11-28T11:01:00'))
    await openBookings()
    expect(screen.getByText(T.emptyUpcoming)).toBeTruthy()
    fireEvent.click(tab(T.past))
    expect(cards()).toEqual([UPCOMING, PAST])
  })

  it('a 候补 booking shows its place in the queue and 退出候补', async () => {
    await (await actingAs(h, 'u-parent')).call('rooms.book', { sessionId: 'ss-cuiyuan-2026-11-25-am', childId: 'child-1', carers: 1 })
    await h.signInAs('u-parent-2')
    await h.call('rooms.joinWaitlist', { sessionId: 'ss-cuiyuan-2026-11-25-am', childId: 'child-2', carers: 1 }, { idempotencyKey: 'key-wait' })
    render(<BookingsPage />)

    const waiting = await screen.findByLabelText('2026-11-25 亲子绘本共读')
    expect(within(waiting).getByText('候补中')).toBeTruthy()
    expect(within(waiting).getByText(T.position(1))).toBeTruthy()
    taroDouble.answerModals(true)
    fireEvent.click(within(waiting).getByRole('button', { name: T.leaveWaitlist }))
    await waitFor(() => expect(screen.getByText(T.emptyUpcoming)).toBeTruthy())
    expect(taroDouble.callsOf('showModal')).toEqual([{ title: T.leaveWaitlist, content: '' }])
  })

  it('signed out: asks to sign in', async () => {
    render(<BookingsPage />)
    expect(screen.getByRole('status').textContent).toContain(T.signIn)
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })
})
