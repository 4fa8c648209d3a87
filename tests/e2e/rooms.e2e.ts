import { weekdayOf } from '@/domain/booking'
import { addDays, chinaDate } from '@/domain/dates'
import { answerModal, button, currentPage, expectToast, openService, signInAs, switchTab, textField, navigate } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'
import type { Page } from 'playwright-core'

beforeAll(startHarness)
afterAll(stopHarness)

// The demo seeds 翠苑's first morning session after today (亲子绘本共读, 12–36 months) with
// one place left; 翠苑 opens Monday to Saturday.
function lastPlaceDate(): string {
  let date = addDays(chinaDate(Date.now()), 1)
  while (weekdayOf(date) === 0) date = addDays(date, 1)
  return date
}

async function openLastPlaceSession(page: Page) {
  await openService(page, '亲子小屋')
  await navigate(page, () => currentPage(page).getByRole('link', { name: '翠苑街道向日葵亲子小屋' }).click())
  const room = currentPage(page)
  await room.getByRole('radiogroup', { name: '日期' }).getByRole('radio', { name: new RegExp(`^${lastPlaceDate()}`) }).click()
  return room.getByLabel(/09:30 亲子绘本共读/)
}

async function openMyBookings(page: Page) {
  await switchTab(page, '我的')
  await navigate(page, () => currentPage(page).getByText('我的预约').click())
  return currentPage(page).getByLabel(new RegExp(`${lastPlaceDate()} 亲子绘本共读`))
}

describe('向日葵亲子小屋', () => {
  test('last place, waitlist, cancel and promotion, then check-in by code', async () => {
    await journey('rooms-waitlist-checkin', async ({ page }) => {
      // 林晓雯 books the last place for 乐乐.
      await signInAs(page, '家长', '林晓雯')
      const session = await openLastPlaceSession(page)
      await expect(session.innerText()).resolves.toContain('剩 1 个名额')
      await navigate(page, () => session.locator('taro-button-core', { hasText: '预约' }).click())
      await currentPage(page).getByRole('radiogroup', { name: '参加的孩子' }).getByText('乐乐').click()
      await button(page, '确认预约').click()
      const result = currentPage(page).getByLabel('预约结果')
      await result.getByText('预约成功').waitFor()
      await expect(result.locator('.rooms__code').innerText()).resolves.toMatch(/^\d{6}$/)

      // 王磊 finds it full and joins the waitlist for 豆豆.
      await signInAs(page, '家长', '王磊')
      const full = await openLastPlaceSession(page)
      await expect(full.innerText()).resolves.toContain('已约满')
      await navigate(page, () => full.locator('taro-button-core', { hasText: '候补' }).click())
      await currentPage(page).getByRole('radiogroup', { name: '参加的孩子' }).getByText('豆豆').click()
      await button(page, '确认候补').click()
      await currentPage(page).getByLabel('预约结果').getByText('已加入候补，排第 1 位').waitFor()

      // 林晓雯 cancels; the place goes to 王磊 at once.
      await signInAs(page, '家长', '林晓雯')
      const mine = await openMyBookings(page)
      await mine.locator('taro-button-core', { hasText: '取消预约' }).click()
      await answerModal(page, true)
      await expectToast(page, '已取消')

      await signInAs(page, '家长', '王磊')
      await openService(page, '亲子小屋')
      await expect(currentPage(page).getByLabel('新消息').innerText()).resolves.toContain('候补成功：豆豆')
      const promoted = await openMyBookings(page)
      await expect(promoted.innerText()).resolves.toContain('待参加')
      const code = await promoted.locator('.rooms__code').innerText()
      expect(code).toMatch(/^\d{6}$/)

      // 陈静 sees the roster and checks 豆豆 in by code.
      await signInAs(page, '家庭健康指导员')
      await openService(page, '亲子小屋')
      await navigate(page, () => button(page, '我负责的活动').click())
      await navigate(page, () => currentPage(page).getByRole('group', { name: new RegExp(`^${lastPlaceDate()}`) }).getByRole('link', { name: /^09:30–10:30 亲子绘本共读/ }).click())
      const roster = currentPage(page).getByLabel('签到名单')
      await expect(roster.getByLabel('豆豆').innerText()).resolves.toContain('待参加')
      await expect(roster.innerText()).resolves.toMatch(/\d{3}\*{4}\d{4}/)
      await textField(currentPage(page), '签到码').fill('000000')
      await button(page, /^签到$/).click()
      await currentPage(page).getByText('这场活动没有这个签到码，请核对').waitFor()
      await textField(currentPage(page), '签到码').fill(code)
      await button(page, /^签到$/).click()
      await expectToast(page, '豆豆 已签到')
      await roster.getByLabel('豆豆').getByText('已签到').waitFor()
    })
  })
})
