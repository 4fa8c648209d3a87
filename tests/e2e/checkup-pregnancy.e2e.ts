import type { Page } from 'playwright-core'
import { addDays } from '@/domain/dates'
import {
  answerModal,
  button,
  currentPage,
  expectToast,
  navigate,
  openService,
  signInAs,
  switchTab,
  textField,
  waitForSettledPage,
} from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'
import { appToday, reopenDaysLater, SEEDED_DAYS, setLmpOnTimeline } from './support/pregnancy'

beforeAll(startHarness)
afterAll(stopHarness)

/** The 首页 card after 41+6 weeks and two more days: no 孕42周, the question instead. */
async function homeAsksWhatHappened(page: Page) {
  const card = currentPage(page).getByLabel('我的家庭')
  await card.getByText('宝宝出生了吗？').waitFor()
  await expect(card.innerText()).resolves.not.toMatch(/孕4\d周/)
  return card
}

describe('婚孕检 and the pregnancy record', () => {
  test('the guided check starts from the pregnancy the family profile records', async () => {
    await journey('pregnancy-guide-prefill', async ({ page }) => {
      // Signed out: nothing is known, nothing is chosen.
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByText('哪些检查适合我？').click())
      const pregnantQuestion = () => currentPage(page).getByRole('radiogroup', { name: '您已经怀孕了吗？' })
      await pregnantQuestion().waitFor()
      await expect(pregnantQuestion().getByRole('radio', { name: /（已选）$/ }).count()).resolves.toBe(0)
      await expect(currentPage(page).getByText('已根据您的家庭信息填写').count()).resolves.toBe(0)

      await signInAs(page, '家长', '林晓雯')
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByText('哪些检查适合我？').click())
      const guide = currentPage(page)
      await pregnantQuestion().getByRole('radio', { name: '是（已选）' }).waitFor()
      // `has` looks inside each field, so its locator starts from the page, not from the current page.
      const pregnantField = guide.locator('.field').filter({ has: page.getByRole('radiogroup', { name: '您已经怀孕了吗？' }) })
      await pregnantField.getByText('已根据您的家庭信息填写').waitFor()
      const lmp = addDays(await appToday(page), -SEEDED_DAYS)
      await expect(textField(guide, '末次月经第一天').inputValue()).resolves.toBe(lmp)
      // Still hers to change: 否 is one tap away and then the planning question follows.
      await pregnantQuestion().getByText('否').click()
      await guide.getByRole('radiogroup', { name: '您计划近期怀孕吗？' }).waitFor()
      await expect(pregnantField.getByText('已根据您的家庭信息填写').count()).resolves.toBe(0)
    })
  })

  test('past 42 weeks 首页 asks what happened; 宝宝出生了 adds the twins, ends the pregnancy and opens the checklist', async () => {
    await journey('pregnancy-born', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      const lmp = addDays(await appToday(page), -(41 * 7 + 6))
      await setLmpOnTimeline(page, lmp, '孕41周+6天')

      const today = await reopenDaysLater(page, 2)
      const card = await homeAsksWhatHappened(page)
      await expect(card.innerText()).resolves.toContain('乐乐')

      await navigate(page, () => card.locator('taro-button-core', { hasText: /^宝宝出生了$/ }).click())
      const form = currentPage(page)
      const born = addDays(today, -3)
      // Twins: one birth date, a name and sex for each.
      await textField(form, '宝宝的出生日期').fill(born)
      await button(page, '再添一个宝宝（双胞胎/多胞胎）').click()
      await textField(form, '第1个宝宝的名字').fill('安安')
      await form.getByRole('radiogroup', { name: '第1个宝宝的性别' }).getByText('男孩').click()
      await textField(form, '第2个宝宝的名字').fill('平平')
      await form.getByRole('radiogroup', { name: '第2个宝宝的性别' }).getByText('女孩').click()
      // Saved, the first baby's 出生一件事 checklist opens.
      await navigate(page, () => button(page, '保存宝宝信息').click())
      await expectToast(page, /已添加安安和平平/)
      await expect(page.evaluate(() => window.location.hash)).resolves.toMatch(/\/features\/support\/pages\/checklist\/index\?childId=child-\d+/)

      // The checklist took the filled form's place: Back returns to 首页, where 宝宝出生了 was tapped.
      await navigate(page, () => page.goBack())
      const after = currentPage(page).getByLabel('我的家庭')
      await after.getByText('安安 出生3天').waitFor()
      await after.getByText('平平 出生3天').waitFor()
      await expect(after.innerText()).resolves.not.toMatch(/宝宝出生了吗|孕\d+周/)

      // Both babies are children now and no pregnancy is on record.
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('编辑家庭信息').click())
      const family = currentPage(page)
      await expect(textField(family, '孩子2的名字').inputValue()).resolves.toBe('安安')
      await expect(textField(family, '孩子3的名字').inputValue()).resolves.toBe('平平')
      await family.getByRole('radio', { name: '未怀孕（已选）' }).waitFor()

      // The timeline no longer counts weeks for the pregnancy that ended.
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByText('记录孕期').click())
      await currentPage(page).getByLabel('记录孕期').waitFor()
      await expect(currentPage(page).innerText()).resolves.not.toMatch(/孕4\d周/)
    })
  })

  test('a stale pregnancy date never blocks the family form; 本次孕期已结束 ends the record', async () => {
    await journey('pregnancy-ended', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      const lmp = addDays(await appToday(page), -(41 * 7 + 6))
      await setLmpOnTimeline(page, lmp, '孕41周+6天')
      await reopenDaysLater(page, 2)
      await homeAsksWhatHappened(page)

      // 婚孕检 and its timeline ask the same question instead of counting 孕42周.
      await openService(page, '婚孕检')
      await currentPage(page).getByLabel('我的孕期').getByText('宝宝出生了吗？').waitFor()
      await navigate(page, () => currentPage(page).getByText('查看产检时间轴').click())
      await currentPage(page).getByText('宝宝出生了吗？').waitFor()
      await expect(currentPage(page).innerText()).resolves.not.toMatch(/孕4\d周/)

      // Renaming the child saves although the pregnancy date is past 42 weeks.
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('编辑家庭信息').click())
      const form = currentPage(page)
      await form.getByText('宝宝出生了吗？').waitFor()
      await textField(form, '孩子1的名字').fill('朵朵')
      const familyPage = await waitForSettledPage(page)
      await button(page, /^保存$/).click()
      await expectToast(page, '已保存')
      await waitForSettledPage(page, familyPage)

      // 首页 still asks; she answers 本次孕期已结束 and nothing more is asked.
      await switchTab(page, '首页')
      const card = await homeAsksWhatHappened(page)
      await expect(card.innerText()).resolves.toContain('朵朵')
      await card.locator('taro-button-core', { hasText: '本次孕期已结束' }).click()
      await answerModal(page, true)
      await expectToast(page, '已结束本次孕期记录')
      await card.getByText(/朵朵 1岁/).waitFor()
      await expect(card.innerText()).resolves.not.toMatch(/宝宝出生了吗|孕\d+周/)
      // Then, quietly: the free 孕前优生健康检查 is there if another pregnancy is planned.
      await card.getByText('如果您之后有再次怀孕的打算，可以先做一次免费的孕前优生健康检查。').waitFor()
      await navigate(page, () => card.locator('taro-button-core', { hasText: '了解孕前优生健康检查' }).click())
      await currentPage(page).getByText('孕前优生健康检查').first().waitFor()
      await switchTab(page, '首页')
      await card.locator('taro-button-core', { hasText: '知道了' }).click()
      await expect(card.getByText(/孕前优生健康检查/).count()).resolves.toBe(0)

      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('编辑家庭信息').click())
      await currentPage(page).getByRole('radio', { name: '未怀孕（已选）' }).waitFor()
      await expect(textField(currentPage(page), '孩子1的名字').inputValue()).resolves.toBe('朵朵')
    })
  })

  test('the timeline covers weeks 14 and 41 and gives the 唐筛 window the programme page gives', async () => {
    await journey('pregnancy-schedule', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '婚孕检')
      await navigate(page, () => currentPage(page).getByRole('link', { name: '产前检查' }).click())
      const items = currentPage(page).getByLabel('检查项目')
      const screening = await items.getByText(/^唐氏筛查/).first().innerText()
      const window = /（血清学，(.+周)）/.exec(screening)?.[1]
      expect(window).toBeTruthy()
      await navigate(page, () => page.goBack())

      await navigate(page, () => currentPage(page).getByText('查看产检时间轴').click())
      const timeline = currentPage(page)
      const downs = timeline.getByLabel('唐筛或无创DNA')
      await expect(downs.innerText()).resolves.toContain(window!)

      // Every day from 6+0 to 41+6 lies in exactly one visit's window.
      const labels = await timeline.locator('.checkup__visit').allInnerTexts()
      const toDays = (weeks: string, days?: string) => Number(weeks) * 7 + Number(days ?? 0)
      const windows = labels.map((text) => {
        const match = /孕(\d+)周(?:\+(\d)天)?–(\d+)周(?:\+(\d)天)?/.exec(text)
        if (!match) throw new Error(`no week range in "${text.slice(0, 40)}"`)
        return { from: toDays(match[1], match[2]), to: toDays(match[3], match[4]) }
      })
      for (let day = 6 * 7; day <= 41 * 7 + 6; day += 1) {
        const covering = windows.filter((w) => w.from <= day && day <= w.to)
        if (covering.length !== 1) throw new Error(`day ${Math.floor(day / 7)}+${day % 7} lies in ${covering.length} visits`)
      }
      await timeline.getByLabel('孕41周产检').getByText('孕41周–41周+6天').waitFor()
    })
  })
})
