import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import RosterPage from '@/features/rooms/pages/roster/index'
import SessionEditorPage from '@/features/rooms/pages/session-editor/index'
import { INSTRUCTOR_TEXTS as T } from '@/features/rooms/texts'
import { ROUTES } from '@/routes'
import type { BookingDto } from '@/contract/rooms'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { errorOfField, fieldLabelled, openedUrls, settle, toasts, wholeText } from './support/page-queries'
import { navigationCalls, openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

/** 翠苑, 2026-11-25 09:30 亲子绘本共读: seven other families booked, one place left. */
const SESSION = 'ss-cuiyuan-2026-11-25-am'

describe('签到名单 (roster) page', () => {
  const roster = () => screen.getByLabelText(T.roster)
  const entry = (childName: string) => within(roster()).getByLabelText(childName)
  const codeInput = () => screen.getByLabelText(T.codeLabel) as HTMLInputElement
  const enterCode = (code: string) => {
    fireEvent.change(codeInput(), { target: { value: code } })
    fireEvent.click(screen.getByRole('button', { name: T.checkIn }))
  }

  async function openRoster(identityId = 'u-instructor') {
    await h.signInAs(identityId)
    taroDouble.setRouterParams({ sessionId: SESSION })
    render(<RosterPage />)
    await settle()
    await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  }

  it('lists the families booked, with their phones masked', async () => {
    await openRoster()
    expect(screen.getByText('2026-11-25 09:30 亲子绘本共读')).toBeTruthy()
    expect(screen.getByText(T.confirmed(7, 8, 0))).toBeTruthy()

    const rows = [...roster().querySelectorAll('.rooms__row')]
    expect(rows).toHaveLength(7)
    for (const row of rows) {
      expect(row.textContent).toMatch(/陪同[12]人 · 1[3-9]\d\*{4}\d{4}/)
      expect(row.textContent).not.toMatch(/1[3-9]\d{9}/)
      expect(within(row as HTMLElement).getByText('待参加')).toBeTruthy()
    }
    // 糖糖's family: 13812345678.
    expect(within(entry('糖糖')).getByText(/138\*{4}5678$/)).toBeTruthy()
    expect(roster().textContent).not.toContain('13812345678')
  })

  it('a code nobody booked with is refused at the field', async () => {
    await openRoster()
    enterCode('123456')
    await waitFor(() => expect(errorOfField(T.codeLabel)).toBe('这场活动没有这个签到码，请核对'))
    expect(codeInput().value).toBe('123456')
    expect(roster().textContent).not.toContain('已签到')
  })

  it('a code that is not six digits is refused at the field without asking the backend', async () => {
    await openRoster()
    const calls = jest.spyOn(h.backend, 'handle')
    enterCode('1234')
    expect(errorOfField(T.codeLabel)).toBe('签到码是6位数字')
    await settle()
    expect(calls.mock.calls.map(([request]) => request.method)).not.toContain('rooms.checkIn')
  })

  it('林晓雯’s code checks 乐乐 in: 已签到 on the roster', async () => {
    const lin = await actingAs(h, 'u-parent')
    const booking = await lin.call<BookingDto>('rooms.book', { sessionId: SESSION, childId: 'child-1', carers: 2 })
    await openRoster()
    expect(within(entry('乐乐')).getByText('待参加')).toBeTruthy()
    expect(within(entry('乐乐')).getByText('乐乐 · 1岁2个月')).toBeTruthy()
    expect(within(entry('乐乐')).getByText('陪同2人 · 138****1234')).toBeTruthy()

    enterCode(booking.code!)
    await waitFor(() => expect(within(entry('乐乐')).getByText('已签到')).toBeTruthy())
    expect(toasts()).toEqual([T.checkedIn('乐乐')])
    expect(screen.getByText(T.confirmed(8, 8, 1))).toBeTruthy()
    expect(codeInput().value).toBe('')
    expect(errorOfField(T.codeLabel)).toBeNull()
    // Checked-in families come first.
    expect(roster().querySelector('.rooms__row')!.getAttribute('aria-label')).toBe('乐乐')
  })

  it('修改 opens the session editor for this session', async () => {
    await openRoster()
    fireEvent.click(screen.getByRole('button', { name: T.edit }))
    expect(openedUrls()).toEqual([`${ROUTES.roomsSessionEditor}?roomId=room-cuiyuan&id=${SESSION}`])
  })

  it('a parent is told only instructors can see it', async () => {
    await openRoster('u-parent')
    expect(screen.getByRole('status').textContent).toContain(T.onlyInstructors)
    expect(screen.queryByLabelText(T.roster)).toBeNull()
  })
})

describe('安排新活动 (session editor) page', () => {
  const pickerIn = (label: string) => within(fieldLabelled(label)).getByLabelText('picker:time')
  const setTime = (label: string, value: string) => fireEvent.change(pickerIn(label), { target: { value } })
  const setText = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
  const sessionsOn = async (date: string) =>
    (await h.call('rooms.room', { id: 'room-cuiyuan' })).sessions.filter((session) => session.date === date).map((s) => `${s.start}–${s.end} ${s.activity}`)

  async function openEditor() {
    openedFromAnotherPage()
    await h.signInAs('u-instructor')
    taroDouble.setRouterParams({ roomId: 'room-cuiyuan' })
    render(<SessionEditorPage />)
    await settle()
  }

  const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value

  it('names the room and its hours, and starts on its first free hour tomorrow (10:30–11:30) for 0–36个月 with 8 places', async () => {
    await openEditor()
    expect(screen.getByText(T.newTitle)).toBeTruthy()
    expect(screen.getByText('翠苑街道向日葵亲子小屋')).toBeTruthy()
    expect(screen.getByText(wholeText(T.hoursLine('周一至周六 09:00–17:00')))).toBeTruthy()
    expect(valueOf(T.date)).toBe('2026-11-25')
    // 09:30–10:30 亲子绘本共读 is that morning's session: the hour after it is the first free one.
    expect(screen.getByText(T.dayTaken('09:30–10:30 亲子绘本共读、14:30–15:30 婴儿抚触与被动操'))).toBeTruthy()
    expect(valueOf(T.start)).toBe('10:30')
    expect(valueOf(T.end)).toBe('11:30')
    expect(within(fieldLabelled(T.start)).getByText(T.freeSlot)).toBeTruthy()
    expect(valueOf(T.ageMin)).toBe('0')
    expect(valueOf(T.ageMax)).toBe('36')
    expect(valueOf(T.capacity)).toBe('8')
    // The date field says how far ahead, and why.
    expect(within(fieldLabelled(T.date)).getByText(T.dateHint('2026-12-24'))).toBeTruthy()
  })

  it('the first save with only the activity filled in succeeds', async () => {
    await openEditor()
    setText(T.activity, '亲子律动：小小鼓手')
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(toasts()).toEqual([T.saved])
    expect(await sessionsOn('2026-11-25')).toContain('10:30–11:30 亲子律动：小小鼓手')
  })

  it('a time overlapping another session of the room is refused at the start time, and nothing is sent', async () => {
    await openEditor()
    const calls = jest.spyOn(h.backend, 'handle')
    setText(T.activity, '亲子手工：树叶贴画')
    // 2026-11-25 10:00–11:00 overlaps 09:30–10:30 亲子绘本共读.
    setTime(T.start, '10:00')
    setTime(T.end, '11:00')
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    await waitFor(() => expect(errorOfField(T.start)).toBe('与小屋同一时间的另一场活动重叠'))
    expect(navigationCalls()).toEqual([])
    expect(calls.mock.calls.map(([request]) => request.method)).not.toContain('rooms.saveSession')
    expect(await sessionsOn('2026-11-25')).toEqual(['09:30–10:30 亲子绘本共读', '14:30–15:30 婴儿抚触与被动操'])
  })

  it('a day beyond the families’ 30 days is refused at the date with the reason, and a typed time is checked', async () => {
    await openEditor()
    setText(T.activity, '亲子手工：树叶贴画')
    setText(T.date, '2026-12-25')
    setText(T.start, '9点半')
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    await waitFor(() => expect(errorOfField(T.date)).toBe('最多提前30天安排活动（家庭只能预约今天起30天内的活动）'))
    expect(errorOfField(T.start)).toBe('开始时间请写成 10:30 这样的24小时制')
    expect(valueOf(T.start)).toBe('9点半')
    expect(navigationCalls()).toEqual([])
  })

  it('an empty activity and impossible ages are refused at their fields', async () => {
    await openEditor()
    setTime(T.start, '11:00')
    setTime(T.end, '12:00')
    setText(T.ageMin, '24')
    setText(T.ageMax, '12')
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    await waitFor(() => expect(errorOfField(T.activity)).toBe('请填写活动内容'))
    expect(errorOfField(`${T.ageMin} / ${T.ageMax}`)).toBe('适合月龄应在0–36个月之间，且起始不大于结束')
    expect(errorOfField(T.start)).toBeNull()
    expect(navigationCalls()).toEqual([])
  })

  it('a valid session right after another (10:30–11:30) is saved, the page goes back, and the room lists it', async () => {
    await openEditor()
    setTime(T.start, '10:30')
    setTime(T.end, '11:30')
    expect(valueOf(T.start)).toBe('10:30')
    setText(T.activity, '亲子手工：树叶贴画')
    setText(T.ageMin, '12')
    setText(T.ageMax, '36')
    setText(T.capacity, '6')
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(toasts()).toEqual([T.saved])
    expect(await sessionsOn('2026-11-25')).toEqual([
      '09:30–10:30 亲子绘本共读',
      '10:30–11:30 亲子手工：树叶贴画',
      '14:30–15:30 婴儿抚触与被动操',
    ])
    const added = (await h.call('rooms.room', { id: 'room-cuiyuan' })).sessions.find((s) => s.activity === '亲子手工：树叶贴画')!
    expect(added).toMatchObject({ ageMin: 12, ageMax: 36, capacity: 6, placesLeft: 6, state: 'bookable' })
    expect(taroDouble.storage.has('family-app:draft:rooms-session:room-cuiyuan:new')).toBe(false)
  })

  it('a parent is told only instructors can arrange sessions', async () => {
    await h.signInAs('u-parent')
    taroDouble.setRouterParams({ roomId: 'room-cuiyuan' })
    render(<SessionEditorPage />)
    expect(screen.getByRole('status').textContent).toContain(T.onlyInstructors)
    expect(screen.queryByRole('button', { name: T.save })).toBeNull()
  })
})
