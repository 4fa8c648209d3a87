/**
 * What the service contract changes for people: an edit made after a lost answer is saved (not
 * swallowed by the earlier attempt), a phone number typed into a request is masked in the
 * contact's list, and data saved in a broken shape is set aside with one message instead of
 * breaking a service for good.
 */
import type { Page } from 'playwright-core'
import { addDays, chinaDate } from '@/domain/dates'
import { button, currentPage, navigate, openService, signInAs, switchTab, textField } from './support/actions'
import { ARTIFACTS_DIR, journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

type Mock = {
  handle(request: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>
  failNext(count: number, options?: { afterWrite?: boolean }): void
}

/** A call to the in-process backend as the signed-in person (for checking what was stored). */
async function asSignedIn(page: Page, method: string, payload: unknown = null): Promise<unknown> {
  return page.evaluate(
    async (call) => {
      const stored = JSON.parse(window.localStorage.getItem('family-app:session') ?? '{}') as { data?: string }
      const token = (JSON.parse(stored.data ?? '{}') as { state?: { session?: { token?: string } } }).state?.session?.token ?? null
      const mock = (window as unknown as { __familyMock: Mock }).__familyMock
      const answer = await mock.handle({ method: call.method, payload: call.payload, token })
      return answer.ok ? answer.data : answer.error
    },
    { method, payload },
  )
}

describe('the service contract, as people meet it', () => {
  test('a child added while the answer was lost, then corrected and saved again, is kept as corrected, once', async () => {
    await journey('contract-edit-after-lost-answer', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '编辑家庭信息' }).click())
      const form = currentPage(page)
      await button(page, '添加孩子').click()
      await textField(form, '孩子2的名字').fill('安安')
      await textField(form, '孩子2的出生日期').fill(addDays(chinaDate(Date.now()), -40))
      await form.getByRole('radiogroup', { name: '孩子2的性别' }).getByText('男孩').click()
      // The save reaches the backend, but its answer is lost on the way back.
      await page.evaluate(() => (window as unknown as { __familyMock: Mock }).__familyMock.failNext(1, { afterWrite: true }))
      await button(page, /^保存$/).click()
      await form.getByText(/网络连接失败/).first().waitFor()
      await expect(textField(form, '孩子2的名字').inputValue()).resolves.toBe('安安')

      // The parent corrects the name and saves again: a new request, not a replay of the first.
      await textField(form, '孩子2的名字').fill('安然')
      await navigate(page, () => button(page, /^保存$/).click())
      const profile = (await asSignedIn(page, 'profile.get')) as { family: { children: Array<{ name: string }> } }
      expect(profile.family.children.map((child) => child.name)).toEqual(['乐乐', '安然'])
      await currentPage(page).getByText('安然').first().waitFor()
    })
  })

  test('a phone number typed into a request is masked in the contact’s list, shown in full on the request', async () => {
    await journey('contract-masked-need', async ({ page }) => {
      await signInAs(page, '特殊家庭成员')
      await openService(page, '暖心服务')
      await navigate(page, () => button(page, '我要求助').click())
      const form = currentPage(page)
      await form.getByRole('radiogroup', { name: '需要什么帮助' }).getByText('走访慰问').click()
      await textField(form, '具体说说').fill('白天我不在家，请先打我儿媳的电话13957162288约时间。')
      await form.getByRole('radiogroup', { name: '上午还是下午' }).getByText('下午').click()
      await textField(form, '联系电话').fill('13605819876')
      await form.getByRole('checkbox', { name: '同意把求助内容告知我的两位联系人' }).click()
      await navigate(page, () => button(page, '提交求助').click())
      await currentPage(page).getByText('已提交').first().waitFor()

      await signInAs(page, '双岗联系人')
      await openService(page, '暖心服务')
      await navigate(page, () => button(page, '求助待办').click())
      const queue = currentPage(page).getByLabel('求助待办')
      const card = queue.getByRole('link', { name: /儿媳的电话/ }).first()
      await expect(card.innerText()).resolves.toContain('139****2288')
      await page.screenshot({ path: `${ARTIFACTS_DIR}/contract-masked-queue.png` })
      await expect(queue.innerText()).resolves.not.toContain('13957162288')
      await navigate(page, () => card.click())
      await currentPage(page).getByText(/13957162288/).first().waitFor()
    })
  })

  test('亲子小屋 data saved in a broken shape is set aside with one message, and the service works again', async () => {
    await journey('contract-broken-state', async ({ page }) => {
      await signInAs(page, '家长', '林晓雯')
      await openService(page, '亲子小屋')
      await currentPage(page).getByText(/翠苑/).first().waitFor()
      // A bad release (or a hand-edited storage) left the rooms data as an empty object (once
      // the seed has been stored: the app writes it when idle).
      await page.waitForFunction(() => window.localStorage.getItem('family-mock:rooms') !== null)
      await page.evaluate(() => {
        const key = 'family-mock:rooms'
        const wrapped = JSON.parse(window.localStorage.getItem(key)!) as { data: string }
        const stored = JSON.parse(wrapped.data) as { schemaVersion: number }
        window.localStorage.setItem(key, JSON.stringify({ data: JSON.stringify({ schemaVersion: stored.schemaVersion, savedAt: Date.now(), state: {} }) }))
      })
      // The app starts again (on 首页) with that storage.
      await page.goto(page.url().split('#')[0])
      await page.getByText('婚孕检').first().waitFor()
      await openService(page, '亲子小屋')
      await currentPage(page).getByText(/本机保存的亲子小屋数据无法读取，已另存备份/).waitFor()
      await page.screenshot({ path: `${ARTIFACTS_DIR}/contract-data-set-aside.png` })
      await button(page, '知道了').click()
      await currentPage(page).getByText(/翠苑/).first().waitFor()
      const backup = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('family-mock:rooms:invalid')))
      expect(backup).toHaveLength(1)
      // Told once: opening it again shows no message.
      await switchTab(page, '首页')
      await openService(page, '亲子小屋')
      await currentPage(page).getByText(/翠苑/).first().waitFor()
      await expect(page.getByText(/已另存备份/).count()).resolves.toBe(0)
    })
  })
})
