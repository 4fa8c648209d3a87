import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import BookingsPage from '@/features/rooms/pages/bookings/index'
import RoomsPage from '@/features/rooms/pages/index/index'
import InstructorSessionsPage from '@/features/rooms/pages/instructor/index'
import RoomPage from '@/features/rooms/pages/room/index'
import RosterPage from '@/features/rooms/pages/roster/index'
import SessionEditorPage from '@/features/rooms/pages/session-editor/index'
import { BOOKINGS_TEXTS as B, INSTRUCTOR_TEXTS as T, ROOM_TEXTS as R, ROOMS_TEXTS } from '@/features/rooms/texts'
import { ROUTES } from '@/routes'
import type { BookingDto, SessionDto } from '@/contract/rooms'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { cardTitled, errorOfField, openedUrls, settle, toasts } from './support/page-queries'
import { navigationCalls, openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// Tuesday 2026-11-24 10:00. 翠苑's Wednesday 09:30–10:30 亲子绘本共读 has seven families booked
// and one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
const REASON = '小屋停电检修，本场暂停'
const LAST_PLACE_CARD = '2026-11-25 亲子绘本共读'

const loaded = () => waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())

/** 林晓雯 takes the last place for 乐乐 and 王磊 waits for it with 豆豆. */
async function bookedAndWaitedFor() {
  const lin = await actingAs(h, 'u-parent')
  const mine = await lin.call<BookingDto>('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 })
  const wang = await actingAs(h, 'u-parent-2')
  await wang.call('rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 })
  return mine
}

async function moveLastPlace(start: string, end: string) {
  const chen = await actingAs(h, 'u-instructor')
  const session = await chen.call<SessionDto>('rooms.session', { id: LAST_PLACE })
  await chen.call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...session, start, end } })
}

describe('我负责的活动 (instructor sessions) page', () => {
  async function openList() {
    await h.signInAs('u-instructor')
    render(<InstructorSessionsPage />)
    await loaded()
  }
  const days = () => screen.getAllByRole('group').map((group) => group.getAttribute('aria-label'))

  it('lists every session ahead by day, today first, including one three weeks out, and says the horizon', async () => {
    const far = await (await actingAs(h, 'u-instructor')).call<SessionDto>('rooms.saveSession', {
      roomId: 'room-cuiyuan',
      session: { date: '2026-12-15', start: '10:00', end: '11:00', activity: '亲子手工：树叶贴画', ageMin: 0, ageMax: 36, capacity: 8 },
    })
    await openList()
    expect(screen.getByText(T.horizon)).toBeTruthy()
    const shown = days()
    expect(shown[0]).toBe('2026-11-24 周二（今天）')
    expect(shown[1]).toBe('2026-11-25 周三（明天）')
    expect(shown[2]).toBe('2026-11-26 周四（后天）')
    expect(shown).toContain('2026-12-08 周二')
    expect(shown[shown.length - 1]).toBe('2026-12-15 周二')
    expect(shown.every((day) => day! >= '2026-11-24')).toBe(true)
    const farDay = screen.getByRole('group', { name: '2026-12-15 周二' })
    expect(cardTitled(/^10:00–\d{2}:\d{2} 亲子手工：树叶贴画$/, farDay)).toBeTruthy()
    expect(within(farDay).getByText(T.confirmed(0, 8, 0))).toBeTruthy()

    fireEvent.click(within(farDay).getByRole('link'))
    expect(openedUrls()).toEqual([`${ROUTES.roomsRoster}?sessionId=${far.id}`])
  })

  it('the last week’s sessions are folded away under a button', async () => {
    await openList()
    expect(days().some((day) => day! < '2026-11-24')).toBe(false)
    const unfold = screen.getByRole('button', { name: /^近7天已结束的活动（\d+场）$/ })
    fireEvent.click(unfold)
    const shown = days()
    const past = shown.filter((day) => day! < '2026-11-24')
    // Most recent first: Monday, then Saturday (both rooms close on Sunday).
    expect(past.slice(0, 2)).toEqual(['2026-11-23 周一', '2026-11-21 周六'])
    fireEvent.click(screen.getByRole('button', { name: T.hidePast }))
    expect(days().some((day) => day! < '2026-11-24')).toBe(false)
  })

  it('a cancelled session shows 已取消 with its reason', async () => {
    await (await actingAs(h, 'u-instructor')).call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON })
    await openList()
    const card = cardTitled(/^09:30–10:30 亲子绘本共读$/, screen.getByRole('group', { name: '2026-11-25 周三（明天）' }))
    expect(within(card).getByText('已取消')).toBeTruthy()
    expect(within(card).getByText(T.cancelledBadge(REASON))).toBeTruthy()
  })
})

describe('签到名单 (roster) page: 取消活动', () => {
  async function openRoster() {
    await h.signInAs('u-instructor')
    taroDouble.setRouterParams({ sessionId: LAST_PLACE })
    render(<RosterPage />)
    await loaded()
    fireEvent.click(screen.getByRole('button', { name: T.cancelSession }))
  }
  const reasonField = () => screen.getByLabelText(T.cancelReason) as HTMLTextAreaElement

  it('asks for a reason at the field before sending anything, and counts its length', async () => {
    await openRoster()
    expect(screen.getByText(T.cancelHint(7))).toBeTruthy()
    const calls = jest.spyOn(h.backend, 'handle')
    fireEvent.click(screen.getByRole('button', { name: T.cancelConfirm }))
    expect(errorOfField(T.cancelReason)).toBe('请填写取消原因，会发给已预约和候补的家庭')
    fireEvent.change(reasonField(), { target: { value: '停'.repeat(62) } })
    expect(screen.getByText('62/60')).toBeTruthy()
    expect(errorOfField(T.cancelReason)).toBe('最多60个字，已超出2个字，请删减')
    expect(reasonField().value).toHaveLength(62)
    await settle()
    expect(calls.mock.calls.map(([request]) => request.method)).not.toContain('rooms.cancelSession')
  })

  it('confirming tells the families and the page shows 已取消 with the reason; saying no keeps it on', async () => {
    await bookedAndWaitedFor()
    await openRoster()
    fireEvent.change(reasonField(), { target: { value: REASON } })
    taroDouble.answerModals(false)
    fireEvent.click(screen.getByRole('button', { name: T.cancelConfirm }))
    await waitFor(() => expect(taroDouble.callsOf('showModal')).toEqual([{ title: T.cancelTitle, content: T.cancelAsk(9) }]))
    expect((await h.call('rooms.session', { id: LAST_PLACE })).state).not.toBe('cancelled')

    fireEvent.click(screen.getByRole('button', { name: T.cancelConfirm }))
    await screen.findByText(T.cancelledBadge(REASON))
    expect(toasts()).toEqual([T.cancelDone(9)])
    expect(screen.queryByRole('button', { name: T.cancelSession })).toBeNull()
    expect(screen.queryByRole('button', { name: T.edit })).toBeNull()
    expect(taroDouble.storage.has(`family-app:draft:rooms-cancel:${LAST_PLACE}`)).toBe(false)
  })

  it('a network failure keeps the reason typed, and 重试 cancels', async () => {
    await openRoster()
    fireEvent.change(reasonField(), { target: { value: REASON } })
    h.backend.failNext(1)
    fireEvent.click(screen.getByRole('button', { name: T.cancelConfirm }))
    await screen.findByText(/^取消失败：/)
    expect(reasonField().value).toBe(REASON)
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await screen.findByText(T.cancelledBadge(REASON))
  })
})

describe('安排新活动 (session editor): moving a booked session', () => {
  async function openEditor() {
    openedFromAnotherPage()
    await h.signInAs('u-instructor')
    taroDouble.setRouterParams({ roomId: 'room-cuiyuan', id: LAST_PLACE })
    render(<SessionEditorPage />)
    await loaded()
  }
  const setText = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

  it('asks first, saying the families will be told; saying no sends nothing', async () => {
    await bookedAndWaitedFor()
    await openEditor()
    expect(screen.getByText(T.editTitle)).toBeTruthy()
    expect((screen.getByLabelText(T.start) as HTMLInputElement).value).toBe('09:30')
    setText(T.start, '11:00')
    setText(T.end, '12:00')
    taroDouble.answerModals(false)
    fireEvent.click(screen.getByRole('button', { name: T.save }))
    await waitFor(() => expect(taroDouble.callsOf('showModal')).toEqual([{ title: T.editTitle, content: T.moveAsk(9) }]))
    await settle()
    expect((await h.call('rooms.session', { id: LAST_PLACE })).start).toBe('09:30')
    expect(navigationCalls()).toEqual([])

    fireEvent.click(screen.getByRole('button', { name: T.save }))
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(toasts()).toEqual([T.savedNotified(9)])
    expect((await h.call('rooms.session', { id: LAST_PLACE })).start).toBe('11:00')
  })

  it('a change that leaves the time alone does not ask', async () => {
    await bookedAndWaitedFor()
    await openEditor()
    setText(T.capacity, '10')
    fireEvent.click(screen.getByRole('button', { name: T.save }))
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(taroDouble.callsOf('showModal')).toEqual([])
    expect(toasts()).toEqual([T.saved])
  })
})

describe('what the families see', () => {
  const card = (label: string) => screen.getByLabelText(label)

  it('我的预约: a time change shows the old time and 保留名额 keeps the place', async () => {
    await bookedAndWaitedFor()
    await moveLastPlace('11:00', '12:00')
    await h.signInAs('u-parent')
    render(<BookingsPage />)
    await loaded()
    const mine = card(LAST_PLACE_CARD)
    expect(within(mine).getByText('2026-11-25 11:00–12:00')).toBeTruthy()
    expect(within(mine).getByText(B.changed('2026-11-25 09:30–10:30'))).toBeTruthy()
    expect(within(mine).queryByRole('button', { name: B.cancel })).not.toBeNull()
    fireEvent.click(within(mine).getByRole('button', { name: B.keep }))
    await waitFor(() => expect(within(card(LAST_PLACE_CARD)).queryByRole('button', { name: B.keep })).toBeNull())
    expect(toasts()).toEqual([B.kept])
    expect(taroDouble.callsOf('showModal')).toEqual([])
    expect(within(card(LAST_PLACE_CARD)).getByText('待参加')).toBeTruthy()
    // Kept: the usual 取消预约 is back, under its usual rule.
    expect(within(card(LAST_PLACE_CARD)).getByRole('button', { name: B.cancel })).toBeTruthy()
  })

  it('我的预约: 取消预约 after a time change asks, then releases the place inside the two-hour cutoff', async () => {
    await bookedAndWaitedFor()
    await moveLastPlace('11:00', '12:00')
    h.setNow(Date.parse('2026-11-25T09:30:00+08:00'))
    await h.signInAs('u-parent')
    render(<BookingsPage />)
    await loaded()
    taroDouble.answerModals(true)
    fireEvent.click(within(card(LAST_PLACE_CARD)).getByRole('button', { name: B.release }))
    // Released by her: off 待参加, like any cancel of her own.
    await waitFor(() => expect(screen.queryByLabelText(LAST_PLACE_CARD)).toBeNull())
    expect(taroDouble.callsOf('showModal')).toEqual([{ title: B.release, content: B.releaseConfirm }])
    expect(toasts()).toEqual([B.cancelled])
    expect(screen.getByRole('tab', { name: B.upcoming }).textContent).toBe('待参加（1）')
  })

  it('我的预约: 王磊 waiting is asked to keep or leave the waitlist', async () => {
    await bookedAndWaitedFor()
    await moveLastPlace('11:00', '12:00')
    await h.signInAs('u-parent-2')
    render(<BookingsPage />)
    await loaded()
    const his = card(LAST_PLACE_CARD)
    expect(within(his).getByText(B.changeQuestionWaiting)).toBeTruthy()
    fireEvent.click(within(his).getByRole('button', { name: B.keepWaiting }))
    await waitFor(() => expect(toasts()).toEqual([B.keptWaiting]))
  })

  it('我的预约: a session the room cancelled stays under 待参加 as 已取消 with the reason, with nothing to cancel', async () => {
    await bookedAndWaitedFor()
    await (await actingAs(h, 'u-instructor')).call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON })
    await h.signInAs('u-parent')
    render(<BookingsPage />)
    await loaded()
    const mine = card(LAST_PLACE_CARD)
    expect(within(mine).getByText('已取消')).toBeTruthy()
    expect(within(mine).getByText(B.roomCancelled(REASON))).toBeTruthy()
    expect(within(mine).queryByRole('button', { name: B.cancel })).toBeNull()
    expect(within(mine).queryByText(B.notCancellable)).toBeNull()
  })

  it('the room’s calendar says the horizon, and shows the cancelled session only to the family it was taken from', async () => {
    await bookedAndWaitedFor()
    await (await actingAs(h, 'u-instructor')).call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON })
    await h.signInAs('u-parent')
    taroDouble.setRouterParams({ id: 'room-cuiyuan' })
    const { unmount } = render(<RoomPage />)
    await loaded()
    expect(screen.getByText(R.calendar)).toBeTruthy()
    expect(screen.getByText(R.horizon)).toBeTruthy()
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '日期' })).getByRole('radio', { name: '2026-11-25' }))
    const session = card('09:30 亲子绘本共读')
    expect(within(session).getByText('已取消')).toBeTruthy()
    expect(within(session).getByText(R.cancelled(REASON))).toBeTruthy()
    expect(within(session).queryByRole('button')).toBeNull()
    unmount()

    await h.signInAs('u-instructor-2')
    render(<RoomPage />)
    await loaded()
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '日期' })).getByRole('radio', { name: '2026-11-25' }))
    expect(screen.queryByLabelText('09:30 亲子绘本共读')).toBeNull()
  })

  it('新消息 about a booking leads to 我的预约', async () => {
    await bookedAndWaitedFor()
    await moveLastPlace('11:00', '12:00')
    await h.signInAs('u-parent')
    render(<RoomsPage />)
    const message = await screen.findByLabelText(ROOMS_TEXTS.unreadTitle)
    expect(message.textContent).toContain('时间变更：乐乐预约的亲子绘本共读')
    fireEvent.click(within(message).getByRole('button', { name: ROOMS_TEXTS.toBookings }))
    expect(openedUrls()).toEqual([ROUTES.roomsBookings])
  })
})
