import type { Page } from 'playwright-core'
import { button, currentPage, expectToast, navigate, openService, signInAs, textField } from './support/actions'
import { journey, startHarness, stopHarness } from './support/browser'

beforeAll(startHarness)
afterAll(stopHarness)

async function openRequest(page: Page, id: string) {
  await navigate(page, () => page.goto(`${page.url().split('#')[0]}#/features/help/pages/detail/index?id=${id}`))
}

const FOOD_ARTICLE = '满6个月添加辅食：从富含铁的泥糊状食物开始'
const LANDLINE = '0571-88912345'
// 220 characters: 20 over the 200 a note may have.
const FOLLOW_UP_NOTE =
  '周四上午电话回访王阿姨：老伴已在省人民医院心内科看过，医生调整了降压药，头晕明显好转，这两天血压稳定在一百三十上下。王阿姨说挂号和取药都很顺利，对绿色通道很满意，也谢谢赵志强主任帮忙联系。她提到老伴下个月还要复查，到时想再请志愿者陪同，我已记下并和志愿者队伍方红打好招呼。另外她最近睡眠不好，夜里常醒，我建议她白天多到社区活动室走走，下周我再上门看看，顺便把新的慢病随访本送过去，请社区医生一起给老两口量量血压，再仔细问问她最近睡眠的情况。'
const SHORTENED_NOTE = FOLLOW_UP_NOTE.replace('，顺便把新的慢病随访本送过去', '').replace('，再仔细问问她最近睡眠的情况', '')

describe('暖心服务 and 优生优育 fixes', () => {
  test('林晓雯 (孕中期, chosen for her) finds a 辅食 article of another stage by search; 清除 brings her stage back', async () => {
    await journey('fixes-search-all-stages', async ({ page }) => {
      expect(FOLLOW_UP_NOTE).toHaveLength(220)
      await signInAs(page, '家长')
      await openService(page, '优生优育')
      const feed = currentPage(page)
      await feed.getByRole('radiogroup', { name: '为谁看' }).getByRole('radio', { name: '孕期 · 孕中期（已选）' }).waitFor()
      await feed.getByText(/^共 \d+ 篇$/).waitFor()

      await textField(feed, '搜索').fill('辅食')
      await button(page, /^搜索$/).click()
      await feed.getByText(/^在全部阶段中找到 \d+ 篇/).waitFor()
      await feed.getByLabel('文章列表').getByRole('link', { name: FOOD_ARTICLE }).waitFor()
      // The stage stays chosen: the search only looked further.
      await feed.getByRole('radiogroup', { name: '为谁看' }).getByRole('radio', { name: '孕期 · 孕中期（已选）' }).waitFor()

      await button(page, '清除“辅食”').click()
      await feed.getByText(/^共 \d+ 篇$/).waitFor()
      await expect(feed.getByLabel('文章列表').getByRole('link', { name: FOOD_ARTICLE }).count()).resolves.toBe(0)
    })
  })

  test('张建国 asks for help with a landline; 李慧敏 sees it masked in the queue and whole on the detail', async () => {
    await journey('fixes-landline', async ({ page }) => {
      await signInAs(page, '特殊家庭成员')
      await openService(page, '暖心服务')
      await navigate(page, () => button(page, '我要求助').click())
      const form = currentPage(page)
      await form.getByRole('radiogroup', { name: '需要什么帮助' }).getByText('走访慰问').click()
      await textField(form, '具体说说').fill('家里只有座机，手机不会用，想请联系人上门看看老伴的情况。')
      await form.getByRole('radiogroup', { name: '上午还是下午' }).getByText('下午').click()
      await textField(form, '联系电话').fill(LANDLINE)
      await form.getByRole('checkbox', { name: '同意把求助内容告知我的两位联系人' }).click()
      await navigate(page, () => button(page, '提交求助').click())
      await currentPage(page).getByText(`电话：${LANDLINE}`).waitFor()

      await signInAs(page, '双岗联系人')
      await openService(page, '暖心服务')
      await navigate(page, () => button(page, '求助待办').click())
      const card = currentPage(page).getByLabel('求助待办').getByRole('link', { name: /走访慰问/ }).first()
      await card.getByText(/0571-\*{4}2345/).waitFor()
      await expect(card.innerText()).resolves.not.toContain('88912345')
      await navigate(page, () => card.click())
      await currentPage(page).getByText(`电话：${LANDLINE}`).waitFor()
    })
  })

  test('李慧敏 cannot mark a visit 已完成 before its time and is told why', async () => {
    await journey('fixes-complete-too-early', async ({ page }) => {
      await signInAs(page, '双岗联系人')
      await openRequest(page, 'help-3')
      const detail = currentPage(page)
      // The form offers tomorrow; the visit is arranged for 09:30 then.
      await button(page, /^安排上门$/).click()
      await textField(detail, '上门时间').fill('09:30')
      await textField(detail, '上门人员').fill('李慧敏、心理咨询师 周洁')
      await button(page, '确认安排上门').click()
      await detail.getByText(/上门安排：.*09:30，李慧敏/).waitFor()

      await detail.getByText(/还没到上门时间（.*09:30），上门后才能标记完成/).waitFor()
      await expect(button(page, /^标记完成$/).count()).resolves.toBe(0)
      await button(page, /^安排上门$/).waitFor()
    })
  })

  test('a 220-character follow-up note is counted and refused at the field, and nothing typed is lost', async () => {
    await journey('fixes-long-note', async ({ page }) => {
      await signInAs(page, '双岗联系人')
      await openRequest(page, 'help-2')
      const detail = currentPage(page)
      // A phone-only request: accepted and completed after the call.
      await button(page, /^受理$/).click()
      await expectToast(page, '已更新')
      await button(page, /^标记完成$/).click()
      await textField(detail, '上门或电话联系的情况').fill('已电话联系王阿姨，帮忙预约了省人民医院心内科周四上午的号')
      await button(page, '确认标记完成').click()
      await button(page, /^记录回访$/).click()

      await detail.getByRole('radiogroup', { name: '家属满意度' }).getByText('5分').click()
      await textField(detail, '说明').fill(FOLLOW_UP_NOTE)
      await detail.getByText('220/200').waitFor()
      await detail.getByText('最多200个字，已超出20个字，请删减').waitFor()
      await button(page, '确认记录回访').click()
      await expectToast(page, '请按提示修改')
      await expect(textField(detail, '说明').inputValue()).resolves.toBe(FOLLOW_UP_NOTE)
      await expect(detail.getByLabel('处理进度').innerText()).resolves.not.toContain('已回访')

      await textField(detail, '说明').fill(SHORTENED_NOTE)
      await detail.getByText(`${SHORTENED_NOTE.length}/200`).waitFor()
      await button(page, '确认记录回访').click()
      await detail.getByLabel('处理进度').getByText(`满意度 5 分，${SHORTENED_NOTE}`).waitFor()
    })
  })

  test('the article editor shows 正文 above its first block', async () => {
    await journey('fixes-editor-body-label', async ({ page }) => {
      await signInAs(page, '家庭健康指导员')
      await openService(page, '优生优育')
      await navigate(page, () => button(page, '写文章').first().click())
      const editor = currentPage(page)
      const firstBlock = textField(editor, '正文第1块（段落）')
      await firstBlock.waitFor()
      const heading = editor.getByText(/^正文\*?$/)
      await expect(heading.count()).resolves.toBe(1)
      const [headingBox, blockBox] = await Promise.all([heading.boundingBox(), firstBlock.boundingBox()])
      expect(headingBox!.y + headingBox!.height).toBeLessThanOrEqual(blockBox!.y)
    })
  })
})
