import { button, currentPage, expectToast, navigate, openService, signInAs, switchTab, textField } from './support/actions'
import { journey, saveArtifacts, startHarness, stopHarness } from './support/browser'
import { setElderMode } from './support/main-pages'

beforeAll(startHarness)
afterAll(stopHarness)

const NEED = '老张打电话说这周想请联系人上门坐坐，聊聊天。'
const CUIYUAN_1 = '西湖区翠苑街道翠苑一区社区'

describe('暖心服务 that reaches out', () => {
  test('李慧敏 sees 张建国 overdue, logs a call, files a phone-in 走访 for him; he sees it, and his card in 长辈模式', async () => {
    await journey('care-contact-and-family', async (app) => {
      const { page } = app
      await signInAs(page, '双岗联系人', '李慧敏')
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '我联系的家庭' }).click())
      const list = currentPage(page)
      await list.getByText('共7户，1户超期').waitFor()
      const first = list.getByLabel('我联系的家庭').getByRole('link').first()
      await first.getByText('张建国').waitFor()
      await first.getByText(/^超期未联系\d+天（电话）$/).waitFor()
      await saveArtifacts(app, 'care-families')

      await navigate(page, () => first.click())
      await currentPage(page).getByText('备注（仅两位联系人可见）').first().waitFor()
      await navigate(page, () => button(page, '记录联系').click())
      const log = currentPage(page)
      await log.getByRole('radiogroup', { name: '联系方式' }).getByText('电话').click()
      await textField(log, '时长（分钟）').fill('20')
      await log.getByRole('radiogroup', { name: '家庭状况' }).getByText('平稳').click()
      await textField(log, '备注').fill('降温了，老张膝盖疼，已提醒他去社区医院看看。')
      await navigate(page, () => button(page, '保存记录').click())
      await expectToast(page, '已记录')
      const family = currentPage(page)
      await family.getByText('降温了，老张膝盖疼，已提醒他去社区医院看看。').waitFor()
      await expect(family.getByText(/超期未联系/).count()).resolves.toBe(0)

      await navigate(page, () => button(page, '代为登记求助').click())
      const form = currentPage(page)
      await form.getByRole('radiogroup', { name: '需要什么帮助' }).getByText('走访慰问').click()
      await textField(form, '具体说说').fill(NEED)
      await form.getByRole('radiogroup', { name: '上午还是下午' }).getByText('下午').click()
      await form.getByRole('checkbox', { name: '已在电话中征得对方同意，由我代为登记' }).click()
      await navigate(page, () => button(page, /^代为登记$/).click())
      await expectToast(page, '已代为登记')
      await currentPage(page).getByText('电话代录 · 李慧敏').first().waitFor()

      await signInAs(page, '特殊家庭成员', '张建国')
      await setElderMode(page, true)
      await openService(page, '暖心服务')
      const home = currentPage(page)
      const card = home.getByLabel('我的三个全覆盖')
      await card.getByLabel('我的两位联系人').getByText('李慧敏').first().waitFor()
      await card.getByLabel('我的家庭医生').getByText(/周晓红/).first().waitFor()
      await card.getByLabel('特别扶助金').getByText(/^每人每月 \d+ 元$/).waitFor()
      await expect(home.locator('.page').first().getAttribute('data-elder')).resolves.toBe('on')
      await saveArtifacts(app, 'care-family-card-elder')
      await navigate(page, () => button(page, '我的求助').click())
      const mine = currentPage(page)
      await mine.getByText('电话代录 · 李慧敏').first().waitFor()
      await mine.getByText(/老张打电话说这周想请联系人上门坐坐/).waitFor()
    })
  })

  test('the 计生协 sees the counts change and no names; 林晓雯 sees none of it', async () => {
    await journey('care-association', async (app) => {
      const { page } = app
      await signInAs(page, '计生协工作人员', '方晓红')
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '暖心服务概况' }).click())
      const overview = currentPage(page)
      const overdueContacts = overview.getByLabel(CUIYUAN_1).locator('.overview__figure', { hasText: '有超期家庭的联系人' })
      await expect(overdueContacts.innerText()).resolves.toMatch(/2$/)
      for (const name of ['张建国', '王桂英', '陈美华']) await expect(overview.getByText(name).count()).resolves.toBe(0)
      await saveArtifacts(app, 'care-overview')

      // 李慧敏 calls 张建国; the 计生协's numbers follow.
      await signInAs(page, '双岗联系人', '李慧敏')
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '我联系的家庭' }).click())
      await navigate(page, () => currentPage(page).getByLabel('我联系的家庭').getByRole('link').first().click())
      await navigate(page, () => button(page, '记录联系').click())
      const log = currentPage(page)
      await log.getByRole('radiogroup', { name: '联系方式' }).getByText('上门').click()
      await textField(log, '时长（分钟）').fill('45')
      await log.getByRole('radiogroup', { name: '家庭状况' }).getByText('平稳').click()
      await navigate(page, () => button(page, '保存记录').click())
      await expectToast(page, '已记录')

      await signInAs(page, '计生协工作人员', '方晓红')
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).locator('.entry-row', { hasText: '暖心服务概况' }).click())
      const after = currentPage(page).getByLabel(CUIYUAN_1).locator('.overview__figure', { hasText: '有超期家庭的联系人' })
      await expect(after.innerText()).resolves.toMatch(/0$/)

      await signInAs(page, '家长', '林晓雯')
      await switchTab(page, '我的')
      const me = await currentPage(page).innerText()
      expect(me).not.toMatch(/我联系的家庭|暖心服务概况|求助待办/)
      await openService(page, '暖心服务')
      await expect(currentPage(page).innerText()).resolves.not.toMatch(/张建国|我的三个全覆盖|超期未联系/)
    })
  })

  test('a large browser text size starts the app in 长辈模式 until the person chooses', async () => {
    await journey('care-system-text-size', async ({ page }) => {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } })
      await page.reload()
      await currentPage(page).locator('.page[data-elder="on"]').first().waitFor()
      await switchTab(page, '我的')
      await currentPage(page).getByLabel('长辈模式').click()
      await currentPage(page).locator('.page[data-elder="off"]').first().waitFor()
    })
  })
})
