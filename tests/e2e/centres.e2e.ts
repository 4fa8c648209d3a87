import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { weekdayOf } from '../../src/domain/booking'
import { addDays, chinaDate } from '../../src/domain/dates'
import { button, currentPage, openService, signInAs, switchTab, textField, waitForTransition } from './support/actions'
import { ARTIFACTS_DIR, journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

const totalOf = async (scope: Locator) => Number((await scope.getByText(/^共 \d+ 家$/).innerText()).match(/\d+/)![0])
const chip = (scope: Locator, group: string, label: string) => scope.getByRole('radiogroup', { name: group }).getByRole('radio', { name: new RegExp(`^${label}`) })
const toggle = (scope: Locator, label: string) => scope.getByRole('group', { name: '条件' }).getByRole('checkbox', { name: new RegExp(`^${label}`) })

/** Scrolls the virtual list to the end, calling `visit` with the rows rendered at each step. */
async function scrollThrough(page: Page, visit: (rows: string[]) => void, until: () => Promise<boolean>, maxSteps = 400) {
  const list = currentPage(page).locator('.centres__list').first()
  for (let step = 0; step < maxSteps; step += 1) {
    visit(await currentPage(page).locator('.centres__row-card').allInnerTexts())
    if (await until()) return
    // At the very end a thumb would tap 加载更多 if the next page has not come by itself.
    const more = currentPage(page).locator('.centres__list taro-button-core', { hasText: '加载更多' })
    if (await more.isVisible()) await more.click()
    // Uneven steps, like a thumb: VirtualList ignores runs of identical scroll deltas as jitter.
    await list.evaluate((element, fraction) => {
      element.scrollTop += element.clientHeight * fraction
      element.dispatchEvent(new Event('scroll'))
    }, 0.55 + (step % 7) * 0.05)
    await page.waitForTimeout(120)
  }
}

function nextWeekday(from: string): string {
  let date = addDays(from, 1)
  while ([0, 6].includes(weekdayOf(date))) date = addDays(date, 1)
  return date
}

describe('托育机构', () => {
  test('普惠 + 临时托 + 18 months, sorted by fee; a visit request; clearing shows everything', async () => {
    await journey('centres-filter-visit', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '托育机构')
      const search = currentPage(page)
      await search.getByText(/^共 \d+ 家$/).waitFor()
      // 乐乐 is 14 months: the age comes from the profile.
      await search.getByText('已按乐乐的月龄筛选').waitFor()
      await textField(search, '孩子月龄').fill('18')
      await toggle(search, '普惠').click()
      await chip(search, '托育类型', '临时托').click()
      await page.waitForTimeout(600)
      const total = await totalOf(search)
      expect(total).toBeGreaterThan(0)
      // The chip said how many it would give, and it gave that many.
      await expect(chip(search, '托育类型', '临时托').getAttribute('aria-label')).resolves.toBe(`临时托 ${total}（已选）`)

      await chip(search, '排序', '费用低').click()
      await page.waitForTimeout(600)
      const seen = new Map<string, string>()
      await scrollThrough(page, (rows) => rows.forEach((row) => seen.set(row.split('\n')[0], row)), async () => seen.size >= total)
      expect(seen.size).toBe(total)
      const fees: number[] = []
      for (const row of seen.values()) {
        expect(row).toContain('普惠')
        expect(row).toContain('临时托')
        const [, min, max] = row.match(/(\d+)–(\d+)个月/)!.map(Number)
        expect(min <= 18 && 18 <= max).toBe(true)
        fees.push(Number(row.match(/(\d+)元\/天/)![1]))
      }
      expect(fees).toEqual([...fees].sort((a, b) => a - b))

      // Each listed centre's own page agrees (checked for the first three).
      for (const name of [...seen.keys()].slice(0, 3)) {
        await currentPage(page).locator('.centres__list').first().evaluate((element) => (element.scrollTop = 0))
        await page.waitForTimeout(200)
        await currentPage(page).getByRole('link', { name }).first().click()
        await waitForTransition(page)
        const centre = currentPage(page)
        await centre.getByText(name).first().waitFor()
        const text = await centre.innerText()
        expect(text).toContain('普惠')
        expect(await centre.getByLabel('收费').innerText()).toContain('临时托')
        const [, min, max] = text.match(/招收月龄：(\d+)–(\d+)个月/)!.map(Number)
        expect(min <= 18 && 18 <= max).toBe(true)
        await page.goBack()
        await waitForTransition(page)
      }

      // A visit request for the first centre.
      const first = [...seen.keys()][0]
      await currentPage(page).getByRole('link', { name: first }).first().click()
      await waitForTransition(page)
      await button(page, '预约参观').click()
      await waitForTransition(page)
      const visit = currentPage(page)
      await button(page, '提交预约').click()
      await visit.getByText('请选择参观日期').waitFor()
      await textField(visit, '参观日期').fill(nextWeekday(chinaDate(Date.now())))
      await visit.getByRole('radiogroup', { name: '时间段' }).getByText(/^上午/).click()
      await textField(visit, '联系电话').fill('1385716')
      await button(page, '提交预约').click()
      await visit.getByText('手机号码应为11位').waitFor()
      await textField(visit, '联系电话').fill('13857161234')
      await textField(visit, '孩子月龄').fill('18')
      await button(page, '提交预约').click()
      await waitForTransition(page)
      await currentPage(page).getByLabel('参观预约').getByText('待机构确认').waitFor()

      await switchTab(page, '我的')
      await currentPage(page).getByText('托育机构收藏与参观').click()
      await waitForTransition(page)
      await chip(currentPage(page), '我的托育', '参观预约').click()
      const visits = currentPage(page).getByLabel('参观预约', { exact: true })
      await expect(visits.innerText()).resolves.toContain(first)
      await expect(visits.innerText()).resolves.toContain('138****1234')

      // Back on the search, clearing everything shows the whole city.
      await switchTab(page, '首页')
      await openService(page, '托育机构')
      const again = currentPage(page)
      await again.getByText(/^共 \d+ 家$/).waitFor()
      await button(page, '清除全部筛选').click()
      await page.waitForTimeout(600)
      await expect(totalOf(again)).resolves.toBe(200)
    })
  })

  test('5,000 centres: first results within 1 s, at most 30 rows in the page while scrolling 1,000', async () => {
    await journey('centres-5000', async ({ page }) => {
      // The centres area joins the in-process backend when its subpackage first loads.
      await openService(page, '托育机构')
      await currentPage(page).locator('.centres__row-card').first().waitFor()
      await page.evaluate(async () => {
        const mock = (window as unknown as { __familyMock: { handle(request: unknown): Promise<{ ok: boolean }> } }).__familyMock
        const answer = await mock.handle({ method: 'centres.useDataset', payload: { size: 5000 }, token: null })
        if (!answer.ok) throw new Error('could not switch to the 5,000-centre data set')
        // Generating the 5,000 centres happens once per app start; the page load is what is measured.
        await mock.handle({ method: 'centres.search', payload: {}, token: null })
      })
      await switchTab(page, '首页')
      const tapped = Date.now()
      await currentPage(page).getByRole('link', { name: '托育机构', exact: true }).click()
      await currentPage(page).locator('.centres__row-card').first().waitFor()
      const firstResultsMs = Date.now() - tapped
      expect(firstResultsMs).toBeLessThan(1000)
      await expect(totalOf(currentPage(page))).resolves.toBe(5000)

      let maxRows = 0
      const names = new Set<string>()
      await scrollThrough(
        page,
        (rows) => {
          maxRows = Math.max(maxRows, rows.length)
          rows.forEach((row) => names.add(row.split('\n')[0]))
        },
        async () => names.size >= 1000,
        1500,
      )
      expect(names.size).toBeGreaterThanOrEqual(1000)
      expect(maxRows).toBeLessThanOrEqual(30)
      mkdirSync(ARTIFACTS_DIR, { recursive: true })
      writeFileSync(path.join(ARTIFACTS_DIR, 'centres-metrics.json'), JSON.stringify({ firstResultsMs, maxRowsInPage: maxRows, rowsScrolled: names.size }, null, 2))
      console.log(`托育机构 (5,000): first results ${firstResultsMs} ms after the tap; at most ${maxRows} rows in the page while scrolling through ${names.size}`)
    })
  })
})
