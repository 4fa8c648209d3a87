import type { Page } from 'playwright-core'
import { addDays } from '@/domain/dates'
import { dueDateFromLmp } from '@/domain/pregnancy'
import { answerModal, button, currentPage, expectToast, navigate, openService, signInAs, switchTab, textField, waitForSettledPage } from './support/actions'
import { journey, saveArtifacts, startHarness, stopHarness } from './support/browser'
import { appToday, SEEDED_DAYS, setLmpOnTimeline } from './support/pregnancy'

beforeAll(startHarness)
afterAll(stopHarness)

/** 浙江: 98 days + 90 for a second child, from 15 days before the due date. */
function secondChildLeave(due: string): { start: string; end: string } {
  const start = addDays(due, -15)
  return { start, end: addDays(start, 98 + 90 - 1) }
}

const entryRow = (page: Page, label: string | RegExp) => currentPage(page).locator('.entry-row', { hasText: label })

describe('生育支持', () => {
  test('林晓雯 (孕20周) sees what her family can claim, her leave calendar, and keeps it under 我的', async () => {
    await journey('support-benefits', async (app) => {
      const { page } = app
      await signInAs(page, '家长', '林晓雯')
      const today = await appToday(page)
      const leave = secondChildLeave(dueDateFromLmp(addDays(today, -SEEDED_DAYS)))

      await openService(page, '生育支持')
      const mine = currentPage(page).getByLabel('我家能享受的')
      const subsidy = mine.getByLabel('育儿补贴 · 乐乐')
      await subsidy.getByText('3,600 元/年').waitFor()
      await subsidy.getByText(/^依据：《育儿补贴制度实施方案》/).waitFor()
      const maternity = mine.getByLabel('产假 · 妈妈')
      await maternity.getByText('188 天').waitFor()
      await maternity.getByText(`${leave.start} 至 ${leave.end}`).waitFor()
      // Not insured as far as the app knows: no 生育津贴 figure is promised.
      await expect(mine.getByLabel('生育津贴 · 妈妈').count()).resolves.toBe(0)
      await saveArtifacts(app, 'support-benefits')

      await navigate(page, () => entryRow(page, '休假日历').click())
      const mother = currentPage(page).getByLabel('妈妈', { exact: true })
      await mother.getByText(`${leave.start} 至 ${leave.end}`).waitFor()
      await currentPage(page).getByLabel('配偶（爸爸）').getByText(/^陪产假/).waitFor()
      await button(page, '加入我的计划').click()
      await expectToast(page, '已加入我的计划，可在“我的”里查看')
      await currentPage(page).getByText('已加入我的计划', { exact: true }).waitFor()
      await saveArtifacts(app, 'support-leave-calendar')

      await switchTab(page, '我的')
      await navigate(page, () => entryRow(page, '我的休假计划').click())
      await currentPage(page).getByText('我的休假计划', { exact: true }).waitFor()
      await currentPage(page).getByLabel('妈妈', { exact: true }).getByText(`${leave.start} 至 ${leave.end}`).waitFor()
    })
  })

  test('at 孕40周+ 宝宝出生了: the baby joins 首页 and 优生优育 at 0–6月, and 出生一件事 keeps its ticks across a reload', async () => {
    await journey('support-birth-checklist', async (app) => {
      const { page } = app
      await signInAs(page, '家长', '林晓雯')
      const today = await appToday(page)
      await setLmpOnTimeline(page, addDays(today, -(40 * 7 + 2)), '孕40周+2天')

      await switchTab(page, '首页')
      const card = currentPage(page).getByLabel('我的家庭')
      await navigate(page, () => card.locator('taro-button-core', { hasText: /^宝宝出生了$/ }).click())
      const form = currentPage(page)
      await textField(form, '宝宝的出生日期').fill(addDays(today, -1))
      await textField(form, '宝宝的名字').fill('安安')
      await form.getByRole('radiogroup', { name: '宝宝的性别' }).getByText('男孩').click()
      await navigate(page, () => button(page, '保存宝宝信息').click())

      const checklist = currentPage(page)
      await checklist.getByText('安安的出生一件事').waitFor()
      for (const item of ['出生医学证明', '户口登记']) {
        await checklist.getByLabel(item, { exact: true }).locator('taro-button-core', { hasText: '标记为已办' }).click()
        await checklist.getByLabel(`${item}：已办`).waitFor()
      }
      await saveArtifacts(app, 'support-checklist')

      await page.reload()
      await waitForSettledPage(page)
      const reloaded = currentPage(page)
      await reloaded.getByText(/已办 2\/7 项/).waitFor()
      await reloaded.getByLabel('出生医学证明：已办').waitFor()
      await reloaded.getByLabel('户口登记：已办').waitFor()
      await expect(reloaded.getByLabel('医保参保：已办').count()).resolves.toBe(0)

      await navigate(page, () => page.goto(`${page.url().split('#')[0]}#/pages/home/index`))
      const home = currentPage(page).getByLabel('我的家庭')
      await home.getByText('安安 出生1天').waitFor()
      await expect(home.innerText()).resolves.not.toMatch(/孕\d+周/)

      await openService(page, '优生优育')
      const forWhom = currentPage(page).getByRole('radiogroup', { name: '为谁看' })
      await forWhom.locator('[aria-checked="true"]', { hasText: '安安 · 0–6月' }).waitFor()
    })
  })

  test('本次孕期已结束 (no baby) leaves no antenatal reminder behind, after a reload too', async () => {
    await journey('support-pregnancy-ended', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByText('查看产检时间轴').click())
      await button(page, '提醒我').click()
      await expectToast(page, /已设置提醒|首页/)
      await switchTab(page, '首页')
      await currentPage(page).getByLabel('产检提醒').waitFor()

      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('编辑家庭信息').click())
      await button(page, '本次孕期已结束').click()
      await answerModal(page, true)
      await expectToast(page, '已结束本次孕期记录')
      await currentPage(page).getByRole('radio', { name: '未怀孕（已选）' }).waitFor()

      await switchTab(page, '首页')
      const home = currentPage(page)
      await home.getByLabel('我的家庭').getByText(/^乐乐/).waitFor()
      await expect(home.getByLabel('产检提醒').count()).resolves.toBe(0)
      await page.reload()
      await waitForSettledPage(page)
      await currentPage(page).getByLabel('我的家庭').getByText(/^乐乐/).waitFor()
      await expect(currentPage(page).getByLabel('产检提醒').count()).resolves.toBe(0)
      await expect(currentPage(page).getByLabel('我的家庭').innerText()).resolves.not.toMatch(/孕\d+周/)
    })
  })
})
