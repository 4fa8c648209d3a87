import { answerModal, button, currentPage, expectToast, navigate, openService, signInAs, switchTab, type IdentityLabel } from './support/actions'
import { journey, openApp, saveReadmeShot, startHarness, stopHarness } from './support/browser'
import { setElderMode } from './support/main-pages'

beforeAll(startHarness)
afterAll(stopHarness)

const IDENTITIES: Array<[IdentityLabel, string]> = [
  ['家长', '林晓雯'],
  ['家庭健康指导员', '陈静'],
  ['特殊家庭成员', '张建国'],
  ['双岗联系人', '李慧敏'],
  ['家长', '王磊'],
]

async function bodyFontSize(app: Awaited<ReturnType<typeof openApp>>): Promise<number> {
  const size = await currentPage(app.page)
    .locator('.page')
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  return size
}

describe('app shell', () => {
  test.each(IDENTITIES)('signs in as %s and sees %s on 我的', async (identity, name) => {
    await journey(`sign-in-${identity}`, async ({ page }) => {
      await signInAs(page, identity, name)
      const me = currentPage(page)
      await expect(me.getByLabel('当前身份').innerText()).resolves.toContain(name)
      await expect(me.getByLabel('当前身份').innerText()).resolves.toContain(identity === '双岗联系人' ? '双岗联系人' : '')
    })
  })

  test('长辈模式 enlarges body text, and it and the session survive a reload', async () => {
    await journey('elder-mode-reload', async (app) => {
      const { page } = app
      await signInAs(page, '家长')
      const before = await bodyFontSize(app)
      await currentPage(page).getByLabel('长辈模式').click()
      await currentPage(page).locator('.page[data-elder="on"]').first().waitFor()
      const after = await bodyFontSize(app)
      expect(after).toBeGreaterThan(before * 1.15)

      await page.reload()
      await currentPage(page).getByLabel('当前身份').waitFor()
      await expect(currentPage(page).getByLabel('当前身份').innerText()).resolves.toContain('林晓雯')
      expect(await bodyFontSize(app)).toBeCloseTo(after, 0)
      await switchTab(page, '首页')
      expect(await bodyFontSize(app)).toBeCloseTo(after, 0)
    })
  })

  test('signs out and back in', async () => {
    await journey('sign-out-in', async ({ page }) => {
      await signInAs(page, '家长')
      await button(page, '退出登录').click()
      await answerModal(page, true)
      await expectToast(page, '已退出')
      await button(page, '选择演示身份登录').waitFor()
      await expect(currentPage(page).getByLabel('当前身份').count()).resolves.toBe(0)
      await signInAs(page, '特殊家庭成员')
      await expect(currentPage(page).getByLabel('当前身份').innerText()).resolves.toContain('张建国')
    })
  })

  test('resets the demo data', async () => {
    await journey('reset-demo', async ({ page }) => {
      await signInAs(page, '家长')
      const me = currentPage(page)
      await expect(me.getByText(/乐乐/).count()).resolves.toBeGreaterThan(0)
      // Change something, then reset, and the seeded child is back.
      await navigate(page, () => me.getByText('编辑家庭信息').click())
      await button(page, '删除这个孩子').click()
      await navigate(page, () => button(page, /^保存$/).click())
      await expect(currentPage(page).getByText(/乐乐/).count()).resolves.toBe(0)

      await currentPage(page).getByText('重置演示数据').click()
      await answerModal(page, true)
      await expectToast(page, '已恢复演示数据')
      await currentPage(page).getByText(/乐乐/).first().waitFor()
      await expect(currentPage(page).getByLabel('当前身份').innerText()).resolves.toContain('林晓雯')
    })
  })

  test('saves screenshots of 首页 and 我的 for the README', async () => {
    await journey('readme-screenshots', async (app) => {
      await signInAs(app.page, '家长')
      await saveReadmeShot(app, 'me')
      await switchTab(app.page, '首页')
      await saveReadmeShot(app, 'home')
    })
  })

  // Each service's first page as its main user sees it, in normal and 长辈模式, for the README.
  const SERVICE_SHOTS: Array<[IdentityLabel, string, string, string]> = [
    ['家长', '林晓雯', '婚孕检', 'checkup'],
    ['家长', '林晓雯', '优生优育', 'guidance'],
    ['家长', '林晓雯', '亲子小屋', 'rooms'],
    ['家长', '林晓雯', '托育机构', 'centres'],
    ['家长', '林晓雯', '生育支持', 'support'],
    ['特殊家庭成员', '张建国', '暖心服务', 'help'],
  ]
  test('saves screenshots of every service’s first page, normal and 长辈模式, for the README', async () => {
    await journey('readme-service-screenshots', async (app) => {
      const { page } = app
      let signedIn = ''
      for (const elder of [false, true]) {
        for (const [identity, name, service, file] of SERVICE_SHOTS) {
          if (signedIn !== name) await signInAs(page, identity, name)
          signedIn = name
          await setElderMode(page, elder)
          await openService(page, service)
          await page.waitForFunction(() => {
            const shown = Array.from(document.querySelectorAll('.taro_page')).filter((element) => getComputedStyle(element).display !== 'none')
            const current = shown[shown.length - 1]
            return Boolean(current) && current.querySelector('.list-state[role="status"]') === null && current.querySelector('.page') !== null
          })
          await saveReadmeShot(app, `${file}-${elder ? 'elder' : 'normal'}`)
        }
      }
    })
  })
})
