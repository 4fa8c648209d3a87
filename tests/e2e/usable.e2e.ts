import type { Locator, Page } from 'playwright-core'
import { button, currentPage, navigate, openService, signInAs, switchTab, textField } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'
import { setElderMode } from './support/main-pages'

beforeAll(startHarness)
afterAll(stopHarness)

/** The title bar Taro draws on H5 (weapp has its native one). */
const titleBar = (page: Page) => page.locator('#taro-navigation-bar')

/** Contrast of a button's text with what is behind it, and whether it carries a disabled attribute. */
async function looks(locator: Locator): Promise<{ disabled: boolean; contrast: number }> {
  return locator.evaluate((element) => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number)
    const channel = (value: number) => {
      const v = value / 255
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
    }
    const luminance = (colour: number[]) => 0.2126 * channel(colour[0]) + 0.7152 * channel(colour[1]) + 0.0722 * channel(colour[2])
    let behind: Element | null = element
    while (behind && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement
    const text = luminance(rgb(getComputedStyle(element).color))
    const back = luminance(rgb(behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)'))
    const ratio = (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05)
    return { disabled: element.hasAttribute('disabled'), contrast: ratio * Number(getComputedStyle(element).opacity) }
  })
}

describe('what a new user meets first', () => {
  test('enabled buttons are drawn enabled: 取消预约 next to 联系小屋 is readable, not an empty box', async () => {
    await journey('usable-buttons', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await navigate(page, () => currentPage(page).getByText('我的预约').click())
      const cancel = button(page, '取消预约').first()
      await cancel.waitFor()
      const seen = await looks(cancel)
      expect(seen.disabled).toBe(false)
      expect(seen.contrast).toBeGreaterThanOrEqual(4.5)
      await expect(cancel.getAttribute('aria-disabled')).resolves.toBe('false')
    })
  })

  test('every sub-page has a title bar with its title and 返回; a page opened from a link offers 回到首页', async () => {
    await journey('usable-title-bar', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await navigate(page, () => currentPage(page).getByText('我的预约').click())
      await expect(titleBar(page).locator('[role="heading"]').innerText()).resolves.toBe('我的预约')
      await navigate(page, () => titleBar(page).getByRole('button', { name: '返回' }).click())
      await expect(titleBar(page).locator('[role="heading"]').innerText()).resolves.toBe('我的')
      await currentPage(page).getByLabel('当前身份').waitFor()

      // A shared link opens straight into a sub-page: there is no history, so the bar offers home.
      await page.goto(`${page.url().split('#')[0]}#/features/rooms/pages/instructor/index`)
      await page.reload()
      await expect(titleBar(page).locator('[role="heading"]').innerText()).resolves.toBe('我的活动')
      await expect(titleBar(page).getByRole('button', { name: '返回' }).isVisible()).resolves.toBe(false)
      await navigate(page, () => titleBar(page).getByRole('button', { name: '回到首页' }).click())
      await currentPage(page).getByText('服务').first().waitFor()
      await expect(titleBar(page).locator('[role="heading"]').innerText()).resolves.toBe('家庭服务')
    })
  })

  test('2,000 pasted characters stay in 具体说说; the field counts them and says how many to cut', async () => {
    await journey('usable-long-text', async ({ page }) => {
      await signInAs(page, '特殊家庭成员')
      await openService(page, '暖心服务')
      await navigate(page, () => button(page, '我要求助').click())
      const form = currentPage(page)
      const pasted = '老伴住院刚出来，一个人在家照顾有点吃不消。'.repeat(100)
      await textField(form, '具体说说').fill(pasted)
      await expect(textField(form, '具体说说').inputValue()).resolves.toBe(pasted)
      await form.getByText(`${pasted.length}/500`).waitFor()
      await form.getByText(`最多500个字，已超出${pasted.length - 500}个字，请删减`).waitFor()
    })
  })

  test('in 长辈模式 short phrases and dates keep together: 哪些检查适合我？ on one line, no date split', async () => {
    await journey('usable-elder-wrapping', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await setElderMode(page, true)
      await switchTab(page, '首页')
      await openService(page, '婚孕检')
      const entry = currentPage(page).getByText('哪些检查适合我？', { exact: true })
      const lines = await entry.evaluate((element) => {
        const range = document.createRange()
        range.selectNodeContents(element)
        return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size
      })
      expect(lines).toBe(1)
      const splitDates = await currentPage(page).locator('.page').first().evaluate((root) => {
        const split: string[] = []
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const pattern = /\d{4}-\d{2}-\d{2}/g
          for (let match = pattern.exec(node.textContent ?? ''); match; match = pattern.exec(node.textContent ?? '')) {
            const range = document.createRange()
            range.setStart(node, match.index)
            range.setEnd(node, match.index + match[0].length)
            if (new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size > 1) split.push(match[0])
          }
        }
        return split
      })
      expect(splitDates).toEqual([])
    })
  })
})
