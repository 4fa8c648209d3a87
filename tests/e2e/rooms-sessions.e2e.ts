import type { Page } from 'playwright-core'
import { weekdayOf } from '@/domain/booking'
import { addDays, chinaDate } from '@/domain/dates'
import { answerModal, button, currentPage, expectToast, navigate, openService, signInAs, switchTab, textField } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

const CUIYUAN = '翠苑街道向日葵亲子小屋'
const REASON = '小屋所在楼层临时停电检修，本场暂停'

/** 翠苑 opens Monday to Saturday: the first open day on or after `date`. */
function openDayFrom(date: string): string {
  return weekdayOf(date) === 0 ? addDays(date, 1) : date
}

const today = () => chinaDate(Date.now())

// The demo seeds 翠苑's first morning session after today (09:30 亲子绘本共读, 12–36 months)
// with one place left.
const lastPlaceDate = () => openDayFrom(addDays(today(), 1))

async function openInstructorSessions(page: Page) {
  await openService(page, '亲子小屋')
  await navigate(page, () => button(page, '我负责的活动').click())
}

async function openMyBookings(page: Page) {
  await switchTab(page, '我的')
  await navigate(page, () => currentPage(page).getByText('我的预约').click())
}

/** 林晓雯 takes the last place for 乐乐; 王磊 joins the waitlist for 豆豆. */
async function lastPlaceBookedAndWaitedFor(page: Page) {
  for (const [name, child, confirm] of [
    ['林晓雯', '乐乐', '确认预约'],
    ['王磊', '豆豆', '确认候补'],
  ] as const) {
    await signInAs(page, '家长', name)
    await openService(page, '亲子小屋')
    await navigate(page, () => currentPage(page).getByRole('link', { name: CUIYUAN }).click())
    const room = currentPage(page)
    await room.getByRole('radiogroup', { name: '日期' }).getByRole('radio', { name: new RegExp(`^${lastPlaceDate()}`) }).click()
    await navigate(page, () => room.getByLabel(/09:30 亲子绘本共读/).locator('taro-button-core', { hasText: /^(预约|候补)$/ }).click())
    await currentPage(page).getByRole('radiogroup', { name: '参加的孩子' }).getByText(child).click()
    await button(page, confirm).click()
    await currentPage(page).getByLabel('预约结果').waitFor()
  }
}

async function openLastPlaceRoster(page: Page, date: string) {
  await signInAs(page, '家庭健康指导员')
  await openInstructorSessions(page)
  await navigate(page, () => currentPage(page).getByRole('group', { name: new RegExp(`^${date}`) }).getByRole('link', { name: /^09:30–10:30 亲子绘本共读/ }).click())
}

/** 陈静 moves the last-place session from one day to another (same hour), telling the families. */
async function moveSession(page: Page, from: string, to: string) {
  await openLastPlaceRoster(page, from)
  await navigate(page, () => button(page, /^修改$/).click())
  await textField(currentPage(page), '日期').fill(to)
  await navigate(page, async () => {
    await button(page, /^保存$/).click()
    // Families hold places: the editor says they will be told before it saves.
    await answerModal(page, true)
  })
  await currentPage(page).getByText(`${to} 09:30 亲子绘本共读`).waitFor()
}

async function myBooking(page: Page, name: '林晓雯' | '王磊', date: string) {
  await signInAs(page, '家长', name)
  await openMyBookings(page)
  return currentPage(page).getByLabel(`${date} 亲子绘本共读`)
}

describe('亲子小屋 sessions an instructor arranges, cancels and moves', () => {
  test('a session three weeks ahead is listed under its date, can be edited, and families see it in the calendar', async () => {
    await journey('rooms-sessions-horizon', async ({ page }) => {
      const date = openDayFrom(addDays(today(), 21))
      await signInAs(page, '家庭健康指导员')
      await openInstructorSessions(page)
      await navigate(page, () => button(page, `安排新活动：${CUIYUAN}`).click())
      const editor = currentPage(page)
      await textField(editor, '日期').fill(date)
      await textField(editor, '活动内容').fill('亲子手工：树叶贴画')
      await navigate(page, () => button(page, /^保存$/).click())

      // Listed under its own date, among every upcoming session.
      const day = currentPage(page).getByRole('group', { name: new RegExp(`^${date}`) })
      await navigate(page, () => day.getByRole('link', { name: /亲子手工：树叶贴画/ }).click())
      await navigate(page, () => button(page, /^修改$/).click())
      await textField(currentPage(page), '活动内容').fill('亲子手工：落叶拼贴')
      await navigate(page, () => button(page, /^保存$/).click())
      await currentPage(page).getByText(/亲子手工：落叶拼贴/).first().waitFor()
      await navigate(page, () => page.goBack())
      await currentPage(page).getByRole('group', { name: new RegExp(`^${date}`) }).getByRole('link', { name: /亲子手工：落叶拼贴/ }).waitFor()
      // Both pages say the one horizon in plain words.
      await currentPage(page).getByText('家庭可以预约今天起30天内的活动，新活动最多提前30天安排。').waitFor()
      await navigate(page, () => button(page, `安排新活动：${CUIYUAN}`).click())
      await currentPage(page).getByText(/家庭可以预约今天起30天内的活动，所以最多提前30天安排/).waitFor()
      await textField(currentPage(page), '日期').fill(addDays(today(), 31))
      await textField(currentPage(page), '活动内容').fill('亲子手工：松果小刺猬')
      await button(page, /^保存$/).click()
      await currentPage(page).getByText('最多提前30天安排活动（家庭只能预约今天起30天内的活动）').waitFor()
      await navigate(page, () => page.goBack())

      // 林晓雯 finds it in 翠苑's calendar, open to book, and the page says how far ahead she can book.
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '亲子小屋')
      await navigate(page, () => currentPage(page).getByRole('link', { name: CUIYUAN }).click())
      const room = currentPage(page)
      await room.getByText('可预约今天起30天内的活动（指导员也最多提前30天安排）。').waitFor()
      await room.getByRole('radiogroup', { name: '日期' }).getByRole('radio', { name: new RegExp(`^${date}`) }).click()
      const session = room.getByLabel(/亲子手工：落叶拼贴/)
      await expect(session.innerText()).resolves.toContain('可预约')
    })
  })

  test('the editor opened for a room names it and starts on a free slot, so the first save succeeds', async () => {
    await journey('rooms-sessions-free-slot', async ({ page }) => {
      await signInAs(page, '家庭健康指导员')
      await openInstructorSessions(page)
      await navigate(page, () => button(page, `安排新活动：${CUIYUAN}`).click())
      const editor = currentPage(page)
      await editor.getByText(CUIYUAN).first().waitFor()
      await editor.getByText(/开放时间：周一至周六 09:00–17:00/).waitFor()
      const date = await textField(editor, '日期').inputValue()
      const start = await textField(editor, '开始时间').inputValue()
      expect(start).toMatch(/^\d{2}:\d{2}$/)
      await textField(editor, '活动内容').fill('亲子律动：小小鼓手')
      await navigate(page, () => button(page, /^保存$/).click())
      await expectToast(page, '已保存')
      const day = currentPage(page).getByRole('group', { name: new RegExp(`^${date}`) })
      await day.getByRole('link', { name: new RegExp(`^${start}–\\d{2}:\\d{2} 亲子律动：小小鼓手`) }).waitFor()
    })
  })

  test('陈静 cancels a session with a reason: the booked and the waitlisted family are told, and it shows 已取消', async () => {
    await journey('rooms-sessions-cancel', async ({ page }) => {
      await lastPlaceBookedAndWaitedFor(page)

      await openLastPlaceRoster(page, lastPlaceDate())
      const roster = currentPage(page)
      await button(page, /^取消活动$/).click()
      await textField(roster, '取消原因').fill(REASON)
      await button(page, '确认取消活动').click()
      await answerModal(page, true)
      await expectToast(page, '活动已取消')
      await roster.getByText(`已取消：${REASON}`).waitFor()

      for (const [name, child] of [
        ['林晓雯', '乐乐'],
        ['王磊', '豆豆'],
      ] as const) {
        await signInAs(page, '家长', name)
        await openService(page, '亲子小屋')
        const message = await currentPage(page).getByLabel('新消息').innerText()
        expect(message).toContain('活动取消')
        expect(message).toContain(REASON)
        expect(message).toContain(child)
        const booking = await myBooking(page, name, lastPlaceDate())
        await booking.getByText('已取消').first().waitFor()
        await expect(booking.innerText()).resolves.toContain(REASON)
        await expect(booking.locator('taro-button-core', { hasText: /取消预约|退出候补/ }).count()).resolves.toBe(0)
      }
    })
  })

  test('a time change: families are told; one keeps its place, then one releases it and the waitlisted family gets it', async () => {
    await journey('rooms-sessions-time-change', async ({ page }) => {
      // Days past the seeded fortnight, so 09:30 is free there.
      const first = openDayFrom(addDays(today(), 16))
      const second = openDayFrom(addDays(first, 1))
      await lastPlaceBookedAndWaitedFor(page)
      await moveSession(page, lastPlaceDate(), first)

      // 林晓雯 is told and keeps her place at the new time.
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '亲子小屋')
      const told = await currentPage(page).getByLabel('新消息').innerText()
      expect(told).toContain(`时间变更：乐乐预约的亲子绘本共读（${CUIYUAN}）由 ${lastPlaceDate()} 09:30–10:30 改为 ${first} 09:30–10:30`)
      let mine = await myBooking(page, '林晓雯', first)
      await expect(mine.innerText()).resolves.toContain(`原定 ${lastPlaceDate()} 09:30–10:30`)
      await mine.locator('taro-button-core', { hasText: '保留名额' }).click()
      await expectToast(page, '已保留名额')
      await mine.locator('taro-button-core', { hasText: '保留名额' }).waitFor({ state: 'detached' })
      await expect(mine.innerText()).resolves.toContain('待参加')

      // 王磊, on the waitlist, is told too and keeps waiting.
      const his = await myBooking(page, '王磊', first)
      await his.getByText('候补中').first().waitFor()
      await his.locator('taro-button-core', { hasText: '保留候补' }).click()
      await expectToast(page, '已保留候补')

      // A second change: this time 林晓雯 cannot come and releases her place.
      await moveSession(page, first, second)
      mine = await myBooking(page, '林晓雯', second)
      await expect(mine.innerText()).resolves.toContain(`原定 ${first} 09:30–10:30`)
      await mine.locator('taro-button-core', { hasText: '取消预约' }).click()
      await answerModal(page, true)
      await expectToast(page, '已取消')

      // The place goes to 王磊 at once, at the new time.
      await signInAs(page, '家长', '王磊')
      await openService(page, '亲子小屋')
      await expect(currentPage(page).getByLabel('新消息').innerText()).resolves.toContain(`候补成功：豆豆已预约 ${second} 09:30 亲子绘本共读`)
      const promoted = await myBooking(page, '王磊', second)
      await promoted.getByText('待参加').first().waitFor()
      await expect(promoted.locator('.rooms__code').innerText()).resolves.toMatch(/^\d{6}$/)
    })
  })
})
