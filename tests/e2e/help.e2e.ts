import type { Page } from 'playwright-core'
import { chinaDate, chinaDateTime } from '@/domain/dates'
import { button, currentPage, expectToast, openService, signInAs, switchTab, textField, navigate } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

const NEED = '老伴住院刚出来，一个人在家照顾有点吃不消，想请联系人上门看看。'

/**
 * A visit that has already happened today (a minute ago, or 00:00 just after midnight): a visit
 * can only be marked 已完成 once its time has come.
 */
function visitEarlierToday(): { date: string; time: string } {
  const now = Date.now()
  const before = now - 60_000
  return { date: chinaDate(now), time: chinaDate(before) === chinaDate(now) ? chinaDateTime(before).slice(11) : '00:00' }
}

async function openRequest(page: Page, id: string) {
  await navigate(page, () => page.goto(`${page.url().split('#')[0]}#/features/help/pages/detail/index?id=${id}`))
}

describe('暖心服务', () => {
  test('a family asks for a visit; the contact accepts, schedules and completes; the family rates it; a parent cannot see it', async () => {
    await journey('help-visit', async ({ page }) => {
      // 张建国 asks; a bad phone keeps everything typed.
      await signInAs(page, '特殊家庭成员')
      await openService(page, '暖心服务')
      await expect(currentPage(page).getByLabel('我的两位联系人').innerText()).resolves.toMatch(/李慧敏[\s\S]*赵志强/)
      await navigate(page, () => button(page, '我要求助').click())
      const form = currentPage(page)
      await form.getByRole('radiogroup', { name: '需要什么帮助' }).getByText('走访慰问').click()
      await textField(form, '具体说说').fill(NEED)
      await form.getByRole('radiogroup', { name: '上午还是下午' }).getByText('上午').click()
      await textField(form, '联系电话').fill('1360581')
      await button(page, '提交求助').click()
      await form.getByText('请先勾选同意，才能提交求助').waitFor()
      await form.getByRole('checkbox', { name: '同意把求助内容告知我的两位联系人' }).click()
      await button(page, '提交求助').click()
      await form.getByText('手机号码应为11位').waitFor()
      await expect(textField(form, '具体说说').inputValue()).resolves.toBe(NEED)
      await textField(form, '联系电话').fill('13605819876')
      await navigate(page, () => button(page, '提交求助').click())
      await currentPage(page).getByText('已提交').first().waitFor()
      const id = new URL(page.url().replace('#', '')).searchParams.get('id')!
      expect(id).toMatch(/^help-\d+$/)

      // 李慧敏 accepts, and records the visit she made earlier today.
      await signInAs(page, '双岗联系人')
      await openService(page, '暖心服务')
      await navigate(page, () => button(page, '求助待办').click())
      await navigate(page, () => currentPage(page).getByLabel('求助待办').getByRole('link', { name: /走访慰问/ }).first().click())
      const detail = currentPage(page)
      await expect(detail.innerText()).resolves.toContain('13605819876')
      await button(page, /^受理$/).click()
      await expectToast(page, '已更新')
      const visit = visitEarlierToday()
      await button(page, /^安排上门$/).click()
      await textField(detail, '上门人员').fill('李慧敏')
      await textField(detail, '上门日期').fill(visit.date)
      await textField(detail, '上门时间').fill(visit.time)
      await button(page, '确认安排上门').click()
      await detail.getByText(`上门安排：${visit.date} ${visit.time}，李慧敏`).waitFor()

      // 张建国 sees the visit in 我的求助.
      await signInAs(page, '特殊家庭成员')
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('我的求助').click())
      const mine = currentPage(page)
      await expect(mine.innerText()).resolves.toContain('已安排上门')
      await navigate(page, () => mine.getByRole('link', { name: /^走访慰问/ }).first().click())
      await currentPage(page).getByText(`上门安排：${visit.date} ${visit.time}，李慧敏`).waitFor()

      // 李慧敏 completes it.
      await signInAs(page, '双岗联系人')
      await openRequest(page, id)
      await button(page, /^标记完成$/).click()
      await textField(currentPage(page), '上门或电话联系的情况').fill('上门看望，帮忙联系了社区助餐')
      await button(page, '确认标记完成').click()
      await currentPage(page).getByText('已完成').first().waitFor()

      // 张建国 rates it.
      await signInAs(page, '特殊家庭成员')
      await openRequest(page, id)
      await button(page, /^评价$/).click()
      await currentPage(page).getByRole('radiogroup', { name: '评分' }).getByText('5分').click()
      await textField(currentPage(page), '评价（可不填）').fill('谢谢李主任')
      await button(page, '确认评价').click()
      await currentPage(page).getByText('评价：5星 谢谢李主任').waitFor()
      const steps = await currentPage(page).getByLabel('处理进度').innerText()
      expect(steps).toMatch(/已提交[\s\S]*已受理[\s\S]*已安排上门[\s\S]*已完成[\s\S]*已评价/)

      // A parent opening the same link learns nothing.
      await signInAs(page, '家长')
      await openRequest(page, id)
      await currentPage(page).getByText('加载失败：没有找到这条求助').waitFor()
      await expect(currentPage(page).innerText()).resolves.not.toContain('老伴住院')
    })
  })
})
