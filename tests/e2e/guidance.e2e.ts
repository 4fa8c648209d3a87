import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { addDays, addMonths, chinaDate } from '@/domain/dates'
import { button, currentPage, expectToast, navigate, openService, serviceLink, signInAs, switchTab, textField } from './support/actions'
import { ARTIFACTS_DIR, journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

const TITLE = '8个月宝宝辅食怎么加：从泥糊到碎末'

describe('优生优育', () => {
  test('an instructor publishes a 辅食 article; a parent of an 8-month-old finds it, favourites it and keeps it', async () => {
    await journey('guidance-publish-and-find', async ({ page }) => {
      // 陈静 writes and publishes.
      await signInAs(page, '家庭健康指导员')
      await openService(page, '优生优育')
      await navigate(page, () => button(page, '写文章').first().click())
      const editor = currentPage(page)
      await button(page, '发布').click()
      await editor.getByText('请填写标题').waitFor()
      await textField(editor, '标题').fill(TITLE)
      await editor.getByRole('group', { name: '适用阶段（可多选）' }).getByText('6–12月').click()
      await editor.getByRole('radiogroup', { name: '主题' }).getByText('营养喂养').click()
      await textField(editor, '摘要').fill('6个月后要及时添加辅食，8个月左右可以从泥糊状过渡到碎末状，锻炼宝宝的咀嚼能力。')
      await textField(editor, '正文第1块（段落）').fill(
        '强化铁的米粉、肉泥和肝泥是第一批辅食的好选择。每次只加一种新食物，观察两三天没有过敏再加下一种；不加盐、糖和酱油，1岁以内不喂蜂蜜。',
      )
      await button(page, '预览').click()
      await currentPage(page).getByLabel('预览').getByText('强化铁的米粉').waitFor()
      await button(page, '发布').click()
      await expectToast(page, '已发布')

      // 林晓雯 adds a child born 8 months ago.
      await signInAs(page, '家长')
      await navigate(page, () => currentPage(page).getByText('编辑家庭信息').click())
      const family = currentPage(page)
      await button(page, '添加孩子').click()
      await textField(family, '孩子2的名字').fill('小米')
      await textField(family, '孩子2的出生日期').fill(addDays(addMonths(chinaDate(Date.now()), -8), -3))
      await family.getByRole('radiogroup', { name: '孩子2的性别' }).getByText('男孩').click()
      await navigate(page, () => button(page, /^保存$/).click())
      await currentPage(page).getByText(/小米 8个月/).waitFor()

      // The feed, switched to 小米, has the new article first.
      await switchTab(page, '首页')
      const opened = Date.now()
      await serviceLink(page, '优生优育').click()
      await currentPage(page).getByLabel('文章列表').getByRole('link').first().waitFor()
      const firstArticleMs = Date.now() - opened
      mkdirSync(ARTIFACTS_DIR, { recursive: true })
      writeFileSync(path.join(ARTIFACTS_DIR, 'guidance-metrics.json'), JSON.stringify({ firstArticleMs }, null, 2))
      console.log(`优生优育: first article on the feed ${firstArticleMs} ms after the tap on 首页`)

      const feed = currentPage(page)
      await feed.getByRole('radiogroup', { name: '为谁看' }).getByText('小米 · 6–12月').click()
      await feed.getByLabel('文章列表').getByRole('link').first().getByText(TITLE).waitFor()

      // And by search.
      await feed.getByRole('radiogroup', { name: '为谁看' }).getByText('全部阶段').click()
      await textField(feed, '搜索').fill('泥糊到碎末')
      await button(page, /^搜索$/).click()
      await feed.getByText('共 1 篇').waitFor()
      await navigate(page, () => feed.getByRole('link', { name: TITLE }).click())

      const article = currentPage(page)
      await article.getByText('陈静 · 家庭健康指导员').waitFor()
      await button(page, /^收藏$/).click()
      await expectToast(page, '已收藏')
      await button(page, '已收藏').waitFor()

      await page.reload()
      await button(page, '已收藏').waitFor()
      await switchTab(page, '我的')
      await navigate(page, () => currentPage(page).getByText('我的收藏').click())
      await currentPage(page).getByLabel('收藏').getByRole('link', { name: TITLE }).waitFor()
    })
  })

  test('a parent opening the editor route directly is refused', async () => {
    await journey('guidance-editor-refused', async ({ page }) => {
      await signInAs(page, '家长')
      await page.goto(`${page.url().split('#')[0]}#/features/guidance/pages/editor/index`)
      await currentPage(page).getByText('只有家庭健康指导员可以写文章').waitFor()
      await expect(currentPage(page).locator('taro-button-core', { hasText: '发布' }).count()).resolves.toBe(0)
    })
  })
})
