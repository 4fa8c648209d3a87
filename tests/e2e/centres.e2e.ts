import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { weekdayOf } from '@/domain/booking'
import { addDays, chinaDate } from '@/domain/dates'
import { button, currentPage, navigate, openService, serviceLink, signInAs, switchTab, textField } from './support/actions'
import { ARTIFACTS_DIR, holdAnswersUntilReleased, journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

const totalOf = async (scope: Locator) => Number((await scope.getByText(/^共 \d+ 家$/).innerText()).match(/\d+/)![0])
const chip = (scope: Locator, group: string, label: string) => scope.getByRole('radiogroup', { name: group }).getByRole('radio', { name: new RegExp(`^${label}`) })
const toggle = (scope: Locator, label: string) => scope.getByRole('group', { name: '条件' }).getByRole('checkbox', { name: new RegExp(`^${label}`) })

/**
 * True once the virtual list has drawn every row on screen at its current scroll position. It runs
 * in the browser: rows are absolutely placed at index × row height, and VirtualList ends each
 * row's id with its index. Written without syntax Babel would rewrite into helpers.
 */
function rowsOnScreenDrawn(list: Element): boolean {
  const rows = Array.from(list.querySelectorAll('.centres__row'))
  const drawn = rows.filter((row) => row.querySelector('.centres__row-card') !== null)
  if (drawn.length === 0) return false
  const rowHeight = (drawn[0].parentElement as HTMLElement).offsetHeight
  const inner = drawn[0].parentElement!.parentElement as HTMLElement
  const count = Math.round(inner.offsetHeight / rowHeight)
  const indexes = new Set(drawn.map((row) => Number(row.id.split('-').pop())))
  const first = Math.floor(list.scrollTop / rowHeight)
  const last = Math.min(count - 1, Math.floor((list.scrollTop + list.clientHeight - 1) / rowHeight))
  for (let index = first; index <= last; index += 1) if (!indexes.has(index)) return false
  return true
}

/**
 * True once the list has come to rest after a scroll: VirtualList ignores taps on its rows
 * (pointer-events: none) until its scrolling timer ends, as a thumb's tap during a fling stops
 * the fling rather than opening a row. A person taps after the list stops.
 */
function listAtRest(list: Element): boolean {
  const row = list.querySelector('.centres__row')
  const inner = row && row.parentElement && row.parentElement.parentElement
  return inner !== null && getComputedStyle(inner as Element).pointerEvents !== 'none'
}

/** The list's height when it is scrolled as far as it goes (the end of what has arrived), else null. */
const heightIfAtEnd = (list: Element) => (list.scrollTop + list.clientHeight >= list.scrollHeight - 1 ? list.scrollHeight : null)

/**
 * Taps 加载更多 when it is on screen at the end of the list, as a person would. Checked and tapped
 * in one step in the browser: the button goes away by itself when the next page starts loading.
 */
function tapLoadMoreIfOnScreen(list: Element): void {
  const listBox = list.getBoundingClientRect()
  const more = Array.from(list.querySelectorAll('taro-button-core')).find((candidate) => (candidate.textContent ?? '').includes('加载更多'))
  if (more && more.getBoundingClientRect().bottom <= listBox.bottom) (more as HTMLElement).click()
}

/**
 * Scrolls the virtual list as a thumb does, less than a screen at a time, and after each move
 * reads the rows once the list has drawn them. At the end of what has arrived it waits for the
 * next page, tapping 加载更多 only when the button is on screen, as a person would.
 */
async function scrollThrough(page: Page, visit: (rows: string[]) => void, until: () => Promise<boolean>, maxSteps = 400) {
  const list = currentPage(page).locator('.centres__list').first()
  const listElement = await list.elementHandle()
  for (let step = 0; step < maxSteps; step += 1) {
    await page.waitForFunction(rowsOnScreenDrawn, listElement)
    visit(await list.locator('.centres__row-card').allInnerTexts())
    if (await until()) return
    // Read in one go with the position, so a page that lands just now is not waited for again.
    const height = await list.evaluate(heightIfAtEnd)
    if (height !== null) {
      await list.evaluate(tapLoadMoreIfOnScreen)
      // The next page has arrived when the list grows; 已显示全部 says there is none.
      await page.waitForFunction(
        ([element, before]) => element.scrollHeight > before || (element.textContent ?? '').includes('已显示全部'),
        [listElement, height] as const,
      )
      if ((await list.evaluate((element) => element.scrollHeight)) === height) return
    }
    // Uneven steps, like a thumb, always less than a screen so no row can pass unseen.
    await list.evaluate((element, fraction) => {
      element.scrollTop += element.clientHeight * fraction
      element.dispatchEvent(new Event('scroll'))
    }, 0.55 + (step % 7) * 0.05)
  }
}

/**
 * Opens the centre in row `index` of the results. The row is brought to the top of the list first
 * and the list left to come to rest: a row only partly on screen (or above it, after coming back
 * from a centre) would be scrolled in by the tap itself, and the list ignores taps while it moves.
 */
async function openRow(page: Page, index: number, name: string): Promise<void> {
  const list = currentPage(page).locator('.centres__list').first()
  await list.evaluate((element, row) => {
    const first = element.querySelector('.centres__row') as HTMLElement
    element.scrollTop = row * (first.parentElement as HTMLElement).offsetHeight
    element.dispatchEvent(new Event('scroll'))
  }, index)
  await page.waitForFunction(rowsOnScreenDrawn, await list.elementHandle())
  await page.waitForFunction(listAtRest, await list.elementHandle())
  await navigate(page, () => currentPage(page).getByRole('link', { name }).first().click())
}

/**
 * Types `keys` into `field` with `gapMs` between them as the page counts time: the page's clock
 * stands still while each key is sent and moves on by exactly `gapMs` after it, then runs on by
 * itself again. So the page sees a person typing at that pace whatever the machine's load.
 */
async function typeWithPauses(page: Page, field: Locator, keys: string[], gapMs: number): Promise<void> {
  await page.clock.install()
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000))
  for (const key of keys) {
    await field.press(key)
    await page.clock.runFor(gapMs)
  }
  await page.clock.resume()
}

/** The page's mock backend, and the ages asked for by each search the page sent (the age-typing journey). */
interface SearchCounting {
  __familyMock: { handle(request: { method: string; payload: { ageMonths?: number } | null }): unknown }
  __searches: Array<number | null>
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
      // 托育类型 is folded behind 筛选, which then counts it.
      await button(page, /^筛选/).click()
      await chip(search, '托育类型', '临时托').click()
      await button(page, '筛选 1').waitFor()
      const total = await totalOf(search)
      expect(total).toBeGreaterThan(0)
      // The chip said how many it would give, and it gave that many.
      await expect(chip(search, '托育类型', '临时托').getAttribute('aria-label')).resolves.toBe(`临时托 ${total}（已选）`)

      await chip(search, '排序', '费用低').click()
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
      for (const [index, name] of [...seen.keys()].slice(0, 3).entries()) {
        await openRow(page, index, name)
        const centre = currentPage(page)
        await centre.getByText(name).first().waitFor()
        const text = await centre.innerText()
        expect(text).toContain('普惠')
        expect(await centre.getByLabel('收费').innerText()).toContain('临时托')
        const [, min, max] = text.match(/招收月龄：(\d+)–(\d+)个月/)!.map(Number)
        expect(min <= 18 && 18 <= max).toBe(true)
        await navigate(page, () => page.goBack())
      }

      // A visit request for the first centre.
      const first = [...seen.keys()][0]
      await openRow(page, 0, first)
      await navigate(page, () => button(page, '预约参观').click())
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
      await navigate(page, () => button(page, '提交预约').click())
      await currentPage(page).getByLabel('参观预约').getByText('待机构确认').waitFor()

      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('托育机构收藏与参观').click())
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
      await expect(totalOf(again)).resolves.toBe(200)
    })
  })

  test('typing an age searches once, when the typing pauses, for the age typed', async () => {
    await journey('centres-age-typing', async ({ page }) => {
      await openService(page, '托育机构')
      const search = currentPage(page)
      await expect(totalOf(search)).resolves.toBe(200)
      // Every search the page sends from now on, by the age it asks for.
      await page.evaluate(() => {
        const counted = window as unknown as SearchCounting
        const mock = counted.__familyMock
        const original = mock.handle.bind(mock)
        counted.__searches = []
        mock.handle = (request) => {
          if (request.method === 'centres.search') counted.__searches.push(request.payload?.ageMonths ?? null)
          return original(request)
        }
      })
      // Two keys, as a thumb types them, 120 ms apart: 1 would search for 1-month-olds, then 10
      // again. The gap is kept on the page's own clock, paused while the keys are sent: a busy
      // machine can take longer than the page's typing pause (400 ms) to deliver the second key.
      await typeWithPauses(page, textField(search, '孩子月龄'), ['1', '0'], 120)
      await page.waitForFunction(() => (window as unknown as SearchCounting).__searches.length > 0)
      // The answer is on screen (the count shows once the search answers), and it was the only search.
      await totalOf(search)
      await expect(page.evaluate(() => (window as unknown as SearchCounting).__searches)).resolves.toEqual([10])
      for (const row of await search.locator('.centres__row-card').allInnerTexts()) {
        const [, min, max] = row.match(/(\d+)–(\d+)个月/)!.map(Number)
        expect(min <= 10 && 10 <= max).toBe(true)
      }
    })
  })

  test('resting at the end of the list while the next page loads, the new rows appear without another scroll', async () => {
    await journey('centres-rest-at-end', async ({ page }) => {
      // A shared link to 临时托: more than one page of 40 and at most two, so the second is the last.
      await navigate(page, () => page.goto(`${page.url().split('#')[0]}#/features/centres/pages/index/index?mode=temporary`))
      const search = currentPage(page)
      const total = await totalOf(search)
      expect(total > 40 && total <= 80).toBe(true)
      // A slow network: the next page lands only after the thumb has reached the end and rests.
      const releaseNextPage = await holdAnswersUntilReleased(page, 'centres.search')
      const list = search.locator('.centres__list').first()
      await list.evaluate((element) => {
        element.scrollTop = element.scrollHeight
        element.dispatchEvent(new Event('scroll'))
      })
      await list.getByText('正在加载更多…').waitFor()
      const before = await list.evaluate((element) => element.scrollHeight)
      await releaseNextPage()
      await list.getByText('已显示全部').waitFor()
      // No scroll since: the list has grown and draws the next rows right under the screen.
      await page.waitForFunction(([element, height]) => element.scrollHeight > height, [await list.elementHandle(), before] as const)
      await list.evaluate((element) => {
        element.scrollTop += element.clientHeight * 0.6
        element.dispatchEvent(new Event('scroll'))
      })
      await page.waitForFunction(rowsOnScreenDrawn, await list.elementHandle())
      // The first row of the second page (index 40) is drawn.
      await expect(list.locator('.centres__row[id$="-40"] .centres__row-card').count()).resolves.toBe(1)
    })
  })

  test('5,000 centres: the first results, and at most 30 rows in the page while scrolling 1,000', async () => {
    await journey('centres-5000', async ({ page }) => {
      // The centres area joins the in-process backend when its subpackage first loads.
      await openService(page, '托育机构')
      await currentPage(page).locator('.centres__row-card').first().waitFor()
      await page.evaluate(async () => {
        const mock = (window as unknown as { __familyMock: { handle(request: unknown): Promise<{ ok: boolean; data?: { token: string } }> } })
          .__familyMock
        // Switching the data set needs a session (it changes the demo for everyone on a server).
        const signedIn = await mock.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })
        const answer = await mock.handle({ method: 'centres.useDataset', payload: { size: 5000 }, token: signedIn.data!.token })
        if (!answer.ok) throw new Error('could not switch to the 5,000-centre data set')
        // Generating the 5,000 centres happens once per app start; the page load is what is measured.
        await mock.handle({ method: 'centres.search', payload: {}, token: null })
      })
      await switchTab(page, '首页')
      const tapped = Date.now()
      await serviceLink(page, '托育机构').click()
      await currentPage(page).locator('.centres__row-card').first().waitFor()
      // A figure to read (printed below and kept in artifacts), not a pass mark: on a shared CI
      // machine the time depends on what else runs. The budget is checked by reading it.
      const firstResultsMs = Date.now() - tapped
      await expect(totalOf(currentPage(page))).resolves.toBe(5000)

      // Far down the list, a screen and a half per flick (every row is seen in the test above):
      // what matters here is that the page never holds more than a few screens of rows.
      const list = currentPage(page).locator('.centres__list').first()
      const listElement = await list.elementHandle()
      let maxRows = 0
      let deepest = 0
      while (deepest < 1000) {
        await page.waitForFunction(rowsOnScreenDrawn, listElement)
        const seen = await list.evaluate((element) => {
          const drawn = Array.from(element.querySelectorAll('.centres__row-card'))
          const indexes = drawn.map((card) => Number((card.parentElement as HTMLElement).id.split('-').pop()))
          return { rows: drawn.length, deepest: indexes.reduce((a, b) => Math.max(a, b), 0) }
        })
        maxRows = Math.max(maxRows, seen.rows)
        deepest = Math.max(deepest, seen.deepest)
        const height = await list.evaluate(heightIfAtEnd)
        if (height !== null) {
          await list.evaluate(tapLoadMoreIfOnScreen)
          await page.waitForFunction(([element, before]) => element.scrollHeight > before, [listElement, height] as const)
        }
        await list.evaluate((element) => {
          element.scrollTop += element.clientHeight * 1.5
          element.dispatchEvent(new Event('scroll'))
        })
      }
      const rowsScrolled = deepest + 1
      expect(maxRows).toBeLessThanOrEqual(30)
      mkdirSync(ARTIFACTS_DIR, { recursive: true })
      writeFileSync(path.join(ARTIFACTS_DIR, 'centres-metrics.json'), JSON.stringify({ firstResultsMs, maxRowsInPage: maxRows, rowsScrolled }, null, 2))
      console.log(`托育机构 (5,000): first results ${firstResultsMs} ms after the tap; at most ${maxRows} rows in the page while scrolling through ${rowsScrolled}`)
    })
  })
})
