import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import RoomsPage from '@/features/rooms/pages/index/index'
import RoomPage from '@/features/rooms/pages/room/index'
import { ROOM_TEXTS as R, ROOMS_TEXTS as T } from '@/features/rooms/texts'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { cardTitle, cardTitled, chosenIn, openedUrls, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// By district (滨江区, 拱墅区, 西湖区, 萧山区 in pinyin order), then by name.
const DISTRICT_ORDER = [
  '长河街道向日葵亲子小屋',
  '米市巷街道向日葵亲子小屋',
  '翠苑街道向日葵亲子小屋',
  '文新街道向日葵亲子小屋',
  '北干街道向日葵亲子小屋',
]

const listed = () => screen.getAllByRole('link').map(cardTitle)

async function openRooms(identityId: string | null = 'u-parent') {
  if (identityId) await h.signInAs(identityId)
  render(<RoomsPage />)
  await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(5))
}

/** A browser that answers getCurrentPosition the way `answer` says (jsdom has no geolocation). */
function giveBrowserGeolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => answer(ok, fail) },
  })
}

afterEach(() => {
  delete (navigator as unknown as { geolocation?: unknown }).geolocation
})

describe('亲子小屋 list', () => {
  it('lists the five rooms by district, each with its address, hours, phone and open sessions', async () => {
    await openRooms()
    expect(listed()).toEqual(DISTRICT_ORDER)

    const cuiyuan = cardTitled('翠苑街道向日葵亲子小屋')
    expect(within(cuiyuan).getByText('杭州市西湖区文三路翠苑一区社区服务中心2楼')).toBeTruthy()
    expect(within(cuiyuan).getByText(wholeText('西湖区 · 周一至周六 09:00–17:00'))).toBeTruthy()
    expect(within(cuiyuan).getByText('电话 0571-88912301')).toBeTruthy()
    expect(within(cuiyuan).getByText(/^30天内 \d+ 场可预约$/)).toBeTruthy()

    fireEvent.click(cuiyuan)
    expect(openedUrls()).toEqual([`${ROUTES.roomsRoom}?id=room-cuiyuan`])
  })

  it('a parent has 我的预约', async () => {
    await openRooms('u-parent')
    fireEvent.click(screen.getByRole('button', { name: T.myBookings }))
    expect(openedUrls()).toEqual([ROUTES.roomsBookings])
    expect(screen.queryByRole('button', { name: T.instructor })).toBeNull()
  })

  it('an instructor has 我负责的活动 instead of 我的预约', async () => {
    await openRooms('u-instructor')
    fireEvent.click(screen.getByRole('button', { name: T.instructor }))
    expect(openedUrls()).toEqual([ROUTES.roomsInstructor])
    expect(screen.queryByRole('button', { name: T.myBookings })).toBeNull()
  })

  it('按距离排序 in a browser without location keeps the district order and says why', async () => {
    await openRooms()
    fireEvent.click(screen.getByRole('button', { name: T.sortByDistance }))

    expect(await screen.findByText(T.byDistrictNote('当前浏览器不支持定位'))).toBeTruthy()
    expect(listed()).toEqual(DISTRICT_ORDER)
    expect(screen.queryByText(T.byDistance)).toBeNull()
    expect(screen.queryByText(/^距您/)).toBeNull()
    // The button can be tapped again.
    expect((screen.getByRole('button', { name: T.sortByDistance }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('按距离排序 refused by the user keeps the district order and says so', async () => {
    giveBrowserGeolocation((_ok, fail) => fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' }))
    await openRooms()
    fireEvent.click(screen.getByRole('button', { name: T.sortByDistance }))

    expect(await screen.findByText(T.byDistrictNote('您未允许获取位置'))).toBeTruthy()
    expect(listed()).toEqual(DISTRICT_ORDER)
  })

  it('按距离排序 with a position lists the nearest room first, with distances', async () => {
    // Standing next to 北干街道 (萧山区).
    giveBrowserGeolocation((ok) =>
      ok({ coords: { latitude: 30.179, longitude: 120.27 } } as GeolocationPosition),
    )
    await openRooms()
    fireEvent.click(screen.getByRole('button', { name: T.sortByDistance }))

    expect(await screen.findByText(T.byDistance)).toBeTruthy()
    expect(listed()).toEqual([
      '北干街道向日葵亲子小屋',
      '长河街道向日葵亲子小屋',
      '米市巷街道向日葵亲子小屋',
      '翠苑街道向日葵亲子小屋',
      '文新街道向日葵亲子小屋',
    ])
    expect(within(cardTitled('北干街道向日葵亲子小屋')).getByText(/^距您 \d+ 米$/)).toBeTruthy()
    expect(within(cardTitled('文新街道向日葵亲子小屋')).getByText(/^距您 \d+\.\d 公里$/)).toBeTruthy()
  })

  it('a parent whose 候补 became a place sees it under 新消息 until 知道了', async () => {
    // 王磊 waits for the last-but-one place's session; 林晓雯 takes the last place and then cancels.
    const wangLei = await actingAs(h, 'u-parent-2')
    const lin = await actingAs(h, 'u-parent')
    const sessionId = 'ss-cuiyuan-2026-11-25-am'
    const booked = await lin.call<{ id: string }>('rooms.book', { sessionId, childId: 'child-1', carers: 1 })
    await wangLei.call('rooms.joinWaitlist', { sessionId, childId: 'child-2', carers: 1 })
    await lin.call('rooms.cancel', { bookingId: booked.id })

    await openRooms('u-parent-2')
    const messages = await screen.findByRole('status', { name: T.unreadTitle })
    expect(messages.textContent).toMatch(/候补成功：豆豆已预约 2026-11-25 09:30 亲子绘本共读（翠苑街道向日葵亲子小屋），签到码 \d{6}/)

    fireEvent.click(within(messages).getByRole('button', { name: T.markRead }))
    await waitFor(() => expect(screen.queryByRole('status', { name: T.unreadTitle })).toBeNull())
  })
})

describe('亲子小屋 room page (翠苑)', () => {
  const days = () => screen.getByRole('radiogroup', { name: '日期' })
  const card = (name: string) => screen.getByLabelText(name)

  async function openRoom() {
    taroDouble.setRouterParams({ id: 'room-cuiyuan' })
    render(<RoomPage />)
    await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  }

  it('shows the room and two weeks of open days as chips, today first', async () => {
    await openRoom()
    expect(taroDouble.callsOf('setNavigationBarTitle')).toEqual([{ title: '翠苑街道向日葵亲子小屋' }])
    expect(screen.getByText(wholeText(`${R.hours}：周一至周六 09:00–17:00`))).toBeTruthy()
    expect(screen.getByRole('button', { name: `${R.call} 0571-88912301` })).toBeTruthy()

    const chips = within(days()).getAllByRole('radio')
    // 2026-11-24 (Tue) to 2026-12-08, Sundays closed.
    expect(chips.map((chip) => chip.getAttribute('aria-label')!.replace('（已选）', ''))).toEqual([
      '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-30',
      '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-07', '2026-12-08',
    ])
    expect(chips[0].textContent).toBe('周二11-24')
    expect(chosenIn(days())).toEqual(['周二11-24'])
    // This morning's session closed two hours before it began; the afternoon's is open.
    expect(within(card('09:30 育儿沙龙：睡眠与作息')).getByText('已截止')).toBeTruthy()
    expect(within(card('09:30 育儿沙龙：睡眠与作息')).queryByRole('button')).toBeNull()
    expect(within(card('14:30 小手涂鸦')).getByRole('button', { name: R.book })).toBeTruthy()
  })

  it('choosing 2026-11-25 shows 09:30 亲子绘本共读 with one place left, and 预约 opens booking', async () => {
    await openRoom()
    fireEvent.click(within(days()).getByRole('radio', { name: '2026-11-25' }))

    expect(chosenIn(days())).toEqual(['周三11-25'])
    const session = card('09:30 亲子绘本共读')
    expect(within(session).getByText('09:30–10:30 亲子绘本共读')).toBeTruthy()
    expect(within(session).getByText(/^剩 1 个名额（共8）/)).toBeTruthy()
    expect(within(session).getByText('12–36个月')).toBeTruthy()
    expect(within(session).getByText('可预约')).toBeTruthy()
    expect(screen.getByLabelText('14:30 婴儿抚触与被动操')).toBeTruthy()
    expect(screen.queryByLabelText('14:30 小手涂鸦')).toBeNull()

    fireEvent.click(within(session).getByRole('button', { name: R.book }))
    expect(openedUrls()).toEqual([`${ROUTES.roomsBook}?sessionId=ss-cuiyuan-2026-11-25-am`])
  })

  it('a full session offers 候补, and her own booking offers 查看预约', async () => {
    await h.signInAs('u-parent')
    await h.call('rooms.book', { sessionId: 'ss-cuiyuan-2026-11-26-am', childId: 'child-1', carers: 1 }, { idempotencyKey: 'key-book-26' })
    await openRoom()

    fireEvent.click(within(days()).getByRole('radio', { name: '2026-11-30' }))
    const full = card('14:30 音乐律动')
    expect(within(full).getByText(/^名额已满（共6）/)).toBeTruthy()
    expect(within(full).getByText('已约满')).toBeTruthy()
    fireEvent.click(within(full).getByRole('button', { name: R.joinWaitlist }))
    expect(openedUrls()).toEqual([`${ROUTES.roomsBook}?sessionId=ss-cuiyuan-2026-11-30-pm`])

    fireEvent.click(within(days()).getByRole('radio', { name: '2026-11-26' }))
    const mine = card('09:30 自由游戏时光')
    expect(within(mine).getByText('已预约')).toBeTruthy()
    fireEvent.click(within(mine).getByRole('button', { name: R.viewBooking }))
    expect(openedUrls()[1]).toBe(ROUTES.roomsBookings)
  })
})
