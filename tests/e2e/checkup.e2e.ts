import { addDays, chinaDate } from '@/domain/dates'
import { dueDateFromLmp } from '@/domain/pregnancy'
import { button, currentPage, textField, openService, expectToast, signInAs, switchTab, navigate } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

describe('婚孕检', () => {
  test('a parent reads the preconception check, runs the guided check, sets her LMP and keeps a visit done', async () => {
    await journey('checkup-parent', async ({ page }) => {
      await signInAs(page, '家长')
      await openService(page, '婚孕检')

      // The programme page lists each item with its purpose.
      await navigate(page, () => currentPage(page).getByRole('link', { name: '孕前优生健康检查' }).click())
      const items = currentPage(page).getByLabel('检查项目')
      await items.getByText('风疹病毒').first().waitFor()
      await expect(items.innerText()).resolves.toMatch(/弓形体/)
      await expect(currentPage(page).getByLabel('检查前准备').innerText()).resolves.toMatch(/空腹/)
      await navigate(page, () => page.goBack())

      // The guided check: first an incomplete answer gets messages at the fields.
      await navigate(page, () => currentPage(page).getByText('哪些检查适合我？').click())
      const guide = currentPage(page)
      await button(page, '查看结果').click()
      await guide.getByText('请选择户籍或居住情况').waitFor()
      await guide.getByRole('radiogroup', { name: '您是本市户籍，或持有本市居住证吗？' }).getByText('持本市居住证').click()
      await guide.getByRole('radiogroup', { name: '您的婚姻状况' }).getByText('已婚').click()
      await guide.getByRole('radiogroup', { name: '您已经怀孕了吗？' }).getByText('否').click()
      await guide.getByRole('radiogroup', { name: '您计划近期怀孕吗？' }).getByText('是').click()
      await guide.getByRole('radiogroup', { name: '您想在哪个区检查？（可不选）' }).getByText('西湖区').click()
      await button(page, '查看结果').click()
      const result = guide.getByLabel('适合您的检查')
      await result.getByText('免费').first().waitFor()
      await expect(result.innerText()).resolves.toMatch(/孕前优生健康检查[\s\S]*身份证[\s\S]*西湖区/)
      await button(page, '保存到我的资料').click()
      await expectToast(page, '已保存')
      await navigate(page, () => page.goBack())

      // The timeline: set the LMP to 70 days ago.
      await navigate(page, () => currentPage(page).getByText('查看产检时间轴').click())
      const today = chinaDate(Date.now())
      const lmp = addDays(today, -70)
      await button(page, '修改末次月经').click()
      const lmpInput = textField(currentPage(page), '末次月经第一天')
      await lmpInput.fill(addDays(today, 3))
      await button(page, /^保存$/).click()
      await currentPage(page).getByText('末次月经日期不能晚于今天').waitFor()
      await lmpInput.fill(lmp)
      await button(page, /^保存$/).click()
      const summary = currentPage(page).getByLabel('我的孕期')
      await summary.getByText('孕10周+0天').waitFor()
      await expect(summary.innerText()).resolves.toContain(`预产期 ${dueDateFromLmp(lmp)}`)

      // A new pregnancy: the first visit (建档, 6–10⁺⁶ weeks) is due now; mark it done.
      const first = currentPage(page).getByLabel('建档与首次产检')
      await expect(first.innerText()).resolves.toContain('待进行')
      await first.locator('taro-button-core', { hasText: '标记已完成' }).click()
      await textField(first, '备注（可不填）').fill('在社区卫生服务中心建册')
      await first.locator('taro-button-core', { hasText: '确认完成' }).click()
      await first.getByText(`${today} 已完成`).waitFor()

      await page.reload()
      const reloaded = currentPage(page).getByLabel('建档与首次产检')
      await reloaded.getByText(`${today} 已完成`).waitFor()
      await expect(reloaded.innerText()).resolves.toContain('在社区卫生服务中心建册')
      await expect(currentPage(page).getByLabel('我的孕期').innerText()).resolves.toContain('孕10周+0天')
    })
  })

  test('a reminder for the next visit shows on 首页 (H5 keeps it in the app)', async () => {
    await journey('checkup-reminder', async ({ page }) => {
      await signInAs(page, '家长')
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByText('查看产检时间轴').click())
      const next = currentPage(page).getByLabel('下次产检')
      await expect(next.innerText()).resolves.toContain('大排畸超声')
      await button(page, '提醒我').click()
      await expectToast(page, '首页')
      await next.getByText('已设置提醒').waitFor()
      await switchTab(page, '首页')
      const card = currentPage(page).getByLabel('产检提醒')
      await expect(card.innerText()).resolves.toContain('大排畸超声')
    })
  })

  test('institutions filter by district and programme; H5 offers copying the address', async () => {
    await journey('checkup-institutions', async ({ page }) => {
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByText('去哪里检查').first().click())
      const list = currentPage(page)
      await list.getByText(/共 \d+ 家机构/).waitFor()
      const total = Number((await list.getByText(/共 \d+ 家机构/).innerText()).match(/\d+/)![0])
      await list.getByRole('radiogroup', { name: '所在区' }).getByText('滨江区').click()
      await list.getByRole('radiogroup', { name: '检查项目' }).getByText('婚检').click()
      // A chip tap shows 正在加载 at once; the count comes back with the answer to both chips.
      const filtered = Number((await list.getByText(/共 \d+ 家机构/).innerText()).match(/\d+/)![0])
      expect(filtered).toBeGreaterThan(0)
      expect(filtered).toBeLessThan(total)
      const addresses = await list.locator('.card').allInnerTexts()
      for (const text of addresses) expect(text).toContain('滨江区')
      await expect(list.locator('taro-button-core', { hasText: '复制地址' }).count()).resolves.toBe(filtered)
      await expect(list.locator('taro-button-core', { hasText: '导航' }).count()).resolves.toBe(0)
    })
  })
})
