import type { Locator, Page } from 'playwright-core'
import { weekdayOf } from '@/domain/booking'
import { heldElsewhere, VISIT_TIMES } from '@/domain/centre-visits'
import { addDays, chinaDate } from '@/domain/dates'
import { answerModal, button, currentPage, expectToast, navigate, openService, signInAs, switchTab, textField, type IdentityLabel } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

const DAY_MS = 24 * 3_600_000
const ALL_ENTRIES = ['我的预约', '我负责的活动', '我的文章', '我的求助', '我联系的家庭', '求助待办', '托育机构收藏与参观', '我的收藏', '我的休假计划', '暖心服务概况']

/** The entries under 我的服务 on 我的, by their labels. */
async function myServiceEntries(page: Page): Promise<string[]> {
  const card = currentPage(page).locator('.card', { has: page.getByText('我的服务', { exact: true }) })
  await card.waitFor()
  return (await card.locator('.entry-row').allInnerTexts()).map((text) => text.replace('›', '').trim())
}

/** What tells a person a page is not for them, or did not work. */
const REFUSALS = /只有|面向计生特殊家庭|仅向|开放，当前身份|加载失败|请先登录/

/** Opens each entry from 我的 and checks the page it leads to works for this person. */
async function expectEntriesWork(page: Page, entries: string[]) {
  for (const entry of entries) {
    await switchTab(page, '我的')
    await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: entry }).click())
    const opened = currentPage(page)
    await page.waitForFunction(() => !document.querySelector('.taro_page_stationed:not([style*="display: none"])')?.textContent?.includes('正在加载'))
    await expect(opened.innerText()).resolves.not.toMatch(REFUSALS)
  }
}

function nextWeekday(from: string): string {
  let date = addDays(from, 1)
  while ([0, 6].includes(weekdayOf(date))) date = addDays(date, 1)
  return date
}

const totalOf = async (scope: Locator) => Number((await scope.getByText(/^共 \d+ 家$/).innerText()).match(/\d+/)![0])

/** Opens the search's first (or nth) result; answers the centre's name and id (from the address). */
async function openCentre(page: Page, nth = 0): Promise<{ name: string; id: string }> {
  await openService(page, '托育机构')
  const card = currentPage(page).locator('.centres__row-card').nth(nth)
  await card.waitFor()
  const name = (await card.innerText()).split('\n')[0]
  await navigate(page, () => card.click())
  return { name, id: decodeURIComponent(page.url()).match(/id=(ctr-\d+)/)![1] }
}

async function askForVisit(page: Page, date: string): Promise<void> {
  await navigate(page, () => button(page, '预约参观').click())
  const form = currentPage(page)
  await textField(form, '参观日期').fill(date)
  await form.getByRole('radiogroup', { name: '时间段' }).getByText(/^上午/).click()
  // Typed here so this journey is about the answer, whatever the form prefills (journey (c)).
  await textField(form, '联系电话').fill('13857161234')
  await navigate(page, () => button(page, '提交预约').click())
}

describe('我的 and 托育机构 fixes', () => {
  const roles: Array<[IdentityLabel, string, string[]]> = [
    ['家长', '林晓雯', ['我的预约', '托育机构收藏与参观', '我的收藏', '我的休假计划']],
    ['家庭健康指导员', '陈静', ['我负责的活动', '我的文章', '我的收藏']],
    ['特殊家庭成员', '张建国', ['我的求助']],
    ['双岗联系人', '李慧敏', ['我联系的家庭', '求助待办']],
    ['计生协工作人员', '方晓红', ['暖心服务概况']],
  ]

  test.each(roles)('(a) %s %s: 我的 shows only the entries that work for the role', async (role, name, expected) => {
    await journey(`me-entries-${name}`, async ({ page }) => {
      await signInAs(page, role, name)
      await switchTab(page, '我的')
      const shown = await myServiceEntries(page)
      expect(shown).toEqual(expected)
      for (const other of ALL_ENTRIES.filter((entry) => !expected.includes(entry))) expect(shown).not.toContain(other)
      await expectEntriesWork(page, shown)
    })
  })

  test('(b) on a 375×667 phone the centre search shows labelled fields and the first result without scrolling; folded filters work', async () => {
    await journey('centres-first-screen', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '托育机构')
      const search = currentPage(page)
      const firstCard = search.locator('.centres__row-card').first()
      await firstCard.waitFor()
      // Every field says what it is in words on the screen, not only in a placeholder.
      for (const label of ['关键词', '孩子月龄']) await search.getByText(label, { exact: true }).waitFor()
      await expect(textField(search, '孩子月龄').inputValue()).resolves.toBe('14')
      await search.getByText('已按乐乐的月龄筛选').waitFor()
      // The first result is on the first screen, nothing scrolled.
      expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0)
      const box = await firstCard.boundingBox()
      expect(box).not.toBeNull()
      expect(box!.y + box!.height).toBeLessThanOrEqual(667)

      // 区 and 类型 are folded behind 筛选, which counts the filters that are on.
      const filterButton = button(page, /^筛选/)
      await expect(filterButton.innerText()).resolves.toBe('筛选')
      await expect(search.getByRole('radiogroup', { name: '所在区' }).count()).resolves.toBe(0)
      await filterButton.click()
      const district = search.getByRole('radiogroup', { name: '所在区' }).getByRole('radio', { name: /^西湖区/ })
      const expectedTotal = Number((await district.getAttribute('aria-label'))!.match(/\d+/)![0])
      await district.click()
      await search.getByRole('radiogroup', { name: '托育类型' }).waitFor()
      await button(page, '收起').click()
      await expect(search.getByRole('radiogroup', { name: '所在区' }).count()).resolves.toBe(0)
      await button(page, '筛选 1').waitFor()
      await expect(totalOf(search)).resolves.toBe(expectedTotal)
      await expect(firstCard.innerText()).resolves.toContain('西湖区')
      // The link carries the search (written once the taps pause).
      await page.waitForFunction(() => decodeURIComponent(window.location.hash).includes('district=西湖区'))
    })
  })

  test('(c) the visit form comes with the account’s phone and says so', async () => {
    await journey('centres-visit-phone', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await openCentre(page)
      await navigate(page, () => button(page, '预约参观').click())
      const form = currentPage(page)
      await form.getByText('已填入您账号的手机号').waitFor()
      await expect(textField(form, '联系电话').inputValue()).resolves.toBe('13857161234')
      // Still editable: another number replaces it and the note no longer claims it is the account's.
      await textField(form, '联系电话').fill('13900001111')
      await expect(form.getByText('已填入您账号的手机号').count()).resolves.toBe(0)
    })
  })

  test('(d) withdrawing the family-record consent clears the record, and the backend refuses it until given again', async () => {
    await journey('privacy-withdraw', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await switchTab(page, '我的')
      await currentPage(page).getByText('乐乐 1岁2个月').waitFor()
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '隐私与授权' }).click())
      const privacy = currentPage(page)
      const family = privacy.getByLabel('家庭信息（孩子和孕期）')
      await expect(family.innerText()).resolves.toMatch(/已同意 \d{4}-\d{2}-\d{2}/)
      await expect(family.innerText()).resolves.toContain('撤回后')

      // Asked first: cancelling keeps everything.
      await family.locator('taro-button-core', { hasText: '撤回同意' }).click()
      await answerModal(page, false)
      await expect(family.innerText()).resolves.toMatch(/已同意/)
      await family.locator('taro-button-core', { hasText: '撤回同意' }).click()
      await answerModal(page, true)
      await expectToast(page, '已撤回')
      await family.getByText(/已撤回/).waitFor()

      // The children and the pregnancy are gone.
      await switchTab(page, '我的')
      await currentPage(page).getByText('未登记孩子或孕期信息').waitFor()

      // The backend itself refuses to keep a child again until consent is given.
      const refused = await page.evaluate(async () => {
        const stored = JSON.parse(window.localStorage.getItem('family-app:session') ?? '{}') as { data?: string }
        const token = (JSON.parse(stored.data ?? '{}') as { state?: { session?: { token?: string } } }).state?.session?.token ?? null
        const mock = (window as unknown as { __familyMock: { handle(request: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).__familyMock
        const child = { name: '乐乐', birthDate: '2025-09-10', gender: 'female' }
        const answer = await mock.handle({ method: 'profile.saveFamily', payload: { family: { children: [child], pregnancy: null } }, token, idempotencyKey: 'e2e-after-withdraw' })
        return answer.ok ? 'saved' : answer.error!.code
      })
      expect(refused).toBe('CONSENT_REQUIRED')

      // In the app, 家庭信息 asks for the consent again before saving a child.
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '编辑家庭信息' }).click())
      const form = currentPage(page)
      await button(page, '添加孩子').click()
      await textField(form, '孩子1的名字').fill('乐乐')
      await textField(form, '孩子1的出生日期').fill(addDays(chinaDate(Date.now()), -420))
      await form.getByRole('radiogroup', { name: '孩子1的性别' }).getByText('女孩').click()
      await button(page, /^保存$/).click()
      await form.getByRole('dialog', { name: '保存孩子和孕期信息前，请您同意' }).waitFor()
    })
  })

  test('(e) a visit request is answered after a working day and the parent is told; a pending one can be cancelled', async () => {
    await journey('centres-visit-answer', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      // A visit about a week ahead on a morning the centre still has a time free (families who
      // phoned the centre hold some mornings: src/domain/centre-visits.ts heldElsewhere).
      const { name: first, id } = await openCentre(page)
      let visitDate = nextWeekday(addDays(chinaDate(Date.now()), 6))
      while (heldElsewhere(id, visitDate, 'morning') >= VISIT_TIMES.morning.length) visitDate = nextWeekday(visitDate)
      await askForVisit(page, visitDate)
      const mine = currentPage(page)
      await mine.getByLabel(first).getByText('待机构确认').waitFor()
      await expect(mine.getByLabel(first).innerText()).resolves.toMatch(/机构将在.*10:00前答复/)

      // Another, to the second centre, is cancelled while it waits for the answer.
      const { name: secondName } = await openCentre(page, 1)
      await askForVisit(page, visitDate)
      const pending = currentPage(page).getByLabel(secondName)
      await pending.getByText('待机构确认').waitFor()
      await pending.locator('taro-button-core', { hasText: '取消参观' }).click()
      await answerModal(page, true)
      await expectToast(page, '已取消')
      await pending.getByText('已取消').waitFor()

      // A working day and more pass (the whole app's clock, the in-page mock backend's too).
      await page.clock.install()
      await page.clock.setSystemTime(Date.now() + 4 * DAY_MS)
      await switchTab(page, '首页')
      await openService(page, '托育机构')
      const news = currentPage(page).getByRole('link', { name: /^参观预约有\d+条新回复/ })
      await news.waitFor()
      await navigate(page, () => news.click())
      const answered = currentPage(page)
      await expect(answered.getByLabel('新回复').innerText()).resolves.toContain(first)
      const card = answered.getByLabel(first)
      await card.getByText('机构已确认').waitFor()
      await expect(card.innerText()).resolves.toMatch(new RegExp(`${visitDate} 上午 (09|10):00`))
      await expect(answered.getByLabel(secondName).innerText()).resolves.toContain('已取消')
      await button(page, '知道了').click()
      await answered.getByLabel('新回复').waitFor({ state: 'detached' })
    })
  })
})
