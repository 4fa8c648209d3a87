import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { currentPage, navigate, signInAs, type IdentityLabel } from './actions'
import { ARTIFACTS_DIR, journey, startHarness, stopHarness } from './browser'
import { checkPage, formatReports, problemCount, type PageReport } from './page-checks'

/** A main page of a service, and how a person gets to it. */
export interface MainPage {
  name: string
  /** A route with its query (opened as a link), or the taps that lead there. */
  open: string | ((page: Page) => Promise<void>)
}

export interface Visitor {
  /** Who looks: signed out, or a demo identity. */
  who: 'guest' | { identity: IdentityLabel; name: string }
  pages: MainPage[]
}

/** Opens a route as a link would (a fresh page), unless it is the page shown now. */
async function openRoute(page: Page, route: string): Promise<void> {
  const shown = await page.evaluate(() => decodeURIComponent(window.location.hash.slice(1)))
  if (shown === route) return
  await navigate(page, () => page.goto(`${page.url().split('#')[0]}#${route}`))
}

const tapInto = (text: string | RegExp, role: 'link' | 'button' = 'link') => async (page: Page) => {
  const target = role === 'link' ? currentPage(page).getByRole('link', { name: text }).first() : currentPage(page).locator('taro-button-core', { hasText: text }).first()
  await navigate(page, () => target.click())
}

/** Every main page of every service, for each role that uses it. */
export const VISITORS: Record<'guest' | 'parent' | 'instructor' | 'special' | 'contact' | 'association', Visitor> = {
  guest: {
    who: 'guest',
    pages: [
      { name: '首页', open: '/pages/home/index' },
      { name: '我的', open: '/pages/me/index' },
      { name: '登录', open: '/pages/sign-in/index' },
      { name: '婚孕检', open: '/features/checkup/pages/index/index' },
      { name: '孕前优生健康检查', open: '/features/checkup/pages/programme/index?id=preconception' },
      { name: '去哪里检查', open: '/features/checkup/pages/institutions/index' },
      { name: '哪些检查适合我', open: '/features/checkup/pages/guide/index' },
      { name: '优生优育', open: '/features/guidance/pages/index/index' },
      { name: '文章', open: '/features/guidance/pages/article/index?id=art-p12' },
      { name: '亲子小屋', open: '/features/rooms/pages/index/index' },
      { name: '小屋详情', open: '/features/rooms/pages/room/index?id=room-cuiyuan' },
      { name: '托育机构', open: '/features/centres/pages/index/index' },
      { name: '机构详情', open: '/features/centres/pages/centre/index?id=ctr-0001' },
      { name: '暖心服务（未登录）', open: '/features/help/pages/index/index' },
      { name: '生育支持（未登录）', open: '/features/support/pages/index/index' },
      { name: '隐私政策', open: '/features/account/pages/privacy/index' },
      { name: '关于', open: '/features/account/pages/about/index' },
    ],
  },
  parent: {
    who: { identity: '家长', name: '林晓雯' },
    pages: [
      { name: '首页（家长）', open: '/pages/home/index' },
      { name: '我的（家长）', open: '/pages/me/index' },
      { name: '家庭信息', open: '/features/account/pages/family/index' },
      { name: '产检时间轴', open: '/features/checkup/pages/timeline/index' },
      { name: '优生优育（家长）', open: '/features/guidance/pages/index/index' },
      { name: '我的收藏', open: '/features/guidance/pages/favourites/index' },
      { name: '我的预约', open: '/features/rooms/pages/bookings/index' },
      {
        name: '预约活动',
        open: async (page) => {
          await openRoute(page, '/features/rooms/pages/room/index?id=room-cuiyuan')
          await tapInto(/^预约$|^候补$/, 'button')(page)
        },
      },
      { name: '我的托育', open: '/features/centres/pages/mine/index' },
      { name: '预约参观', open: '/features/centres/pages/visit/index?id=ctr-0001' },
      { name: '生育支持（家长）', open: '/features/support/pages/index/index' },
      { name: '休假日历', open: '/features/support/pages/leave/index' },
      { name: '我的休假计划', open: '/features/support/pages/leave/index?view=plan' },
      { name: '我的情况', open: '/features/support/pages/situation/index' },
      { name: '出生一件事', open: '/features/support/pages/checklist/index?childId=child-1' },
    ],
  },
  instructor: {
    who: { identity: '家庭健康指导员', name: '陈静' },
    pages: [
      { name: '我的文章', open: '/features/guidance/pages/mine/index' },
      { name: '写文章', open: '/features/guidance/pages/editor/index' },
      { name: '我负责的活动', open: '/features/rooms/pages/instructor/index' },
      {
        name: '签到名单',
        open: async (page) => {
          await openRoute(page, '/features/rooms/pages/instructor/index')
          await tapInto(/^\d{2}:\d{2}–\d{2}:\d{2}/)(page)
        },
      },
      { name: '安排活动', open: '/features/rooms/pages/session-editor/index?roomId=room-cuiyuan' },
      { name: '生育支持（指导员）', open: '/features/support/pages/index/index' },
    ],
  },
  special: {
    who: { identity: '特殊家庭成员', name: '张建国' },
    pages: [
      { name: '暖心服务', open: '/features/help/pages/index/index' },
      { name: '我要求助', open: '/features/help/pages/request/index' },
      { name: '我的求助', open: '/features/help/pages/mine/index' },
      { name: '我的（特殊家庭）', open: '/pages/me/index' },
    ],
  },
  contact: {
    who: { identity: '双岗联系人', name: '李慧敏' },
    pages: [
      { name: '求助待办', open: '/features/help/pages/queue/index' },
      { name: '求助详情', open: '/features/help/pages/detail/index?id=help-1' },
      { name: '我联系的家庭', open: '/features/help/pages/families/index' },
      { name: '家庭联系记录', open: '/features/help/pages/family/index?id=u-special' },
      { name: '记录联系', open: '/features/help/pages/log/index?familyId=u-special' },
      { name: '代为登记求助', open: '/features/help/pages/phone-in/index?familyId=u-special' },
    ],
  },
  association: {
    who: { identity: '计生协工作人员', name: '方晓红' },
    pages: [
      { name: '暖心服务概况', open: '/features/help/pages/overview/index' },
      { name: '我的（计生协）', open: '/pages/me/index' },
    ],
  },
}

/** Turns 长辈模式 on or off on 我的, as the person would. */
export async function setElderMode(page: Page, on: boolean): Promise<void> {
  await openRoute(page, '/pages/me/index')
  const root = currentPage(page).locator('.page').first()
  if (((await root.getAttribute('data-elder')) === 'on') !== on) await currentPage(page).getByLabel('长辈模式').click()
  await currentPage(page).locator(`.page[data-elder="${on ? 'on' : 'off'}"]`).first().waitFor()
}

/** Waits until the page shown has loaded what it shows (no 正在加载 left). */
async function waitForContent(page: Page): Promise<void> {
  await currentPage(page).locator('.page').first().waitFor()
  await page.waitForFunction(() => {
    const shown = Array.from(document.querySelectorAll('.taro_page')).filter((element) => getComputedStyle(element).display !== 'none')
    const current = shown[shown.length - 1]
    return Boolean(current) && current.querySelector('.list-state[role="status"]') === null
  })
}

/** Opens each of the visitor's pages in both modes and checks it. */
export async function checkVisitor(page: Page, visitor: Visitor): Promise<PageReport[]> {
  if (visitor.who !== 'guest') await signInAs(page, visitor.who.identity, visitor.who.name)
  const reports: PageReport[] = []
  for (const elder of [false, true]) {
    await setElderMode(page, elder)
    for (const main of visitor.pages) {
      const { open } = main
      if (typeof open === 'string') await openRoute(page, open)
      else await open(page)
      await waitForContent(page).catch((error: Error) => {
        throw new Error(`${main.name} (${elder ? '长辈模式' : 'normal'}) did not finish loading: ${error.message}`)
      })
      reports.push(await checkPage(page, main.name, elder))
    }
  }
  return reports
}

/**
 * The accessibility and look suite for some roles: each role's pages in both modes must have no
 * critical or serious axe finding and nothing the page checks find; the table goes into the CI log
 * and artifacts/e2e/<file>.md. Two files split the roles so the two browser workers share them.
 */
export function accessibilitySuite(file: string, title: string, roles: Array<keyof typeof VISITORS>): void {
  const reports: PageReport[] = []
  beforeAll(startHarness)
  afterAll(async () => {
    await stopHarness()
    const table = formatReports(reports)
    mkdirSync(ARTIFACTS_DIR, { recursive: true })
    writeFileSync(path.join(ARTIFACTS_DIR, `${file}.md`), `${table}\n`)
    console.log(`Accessibility and look, ${title} (axe-core; targets ≥ 44/48 px; button text contrast ≥ 3:1; no overflow, cut-off text or broken dates):\n${table}`)
  })
  describe.each(roles)('every main page, %s, normal and 长辈模式', (role) => {
    test('no critical or serious axe violation, no small target, every button readable, nothing past the screen edge, no date or short label broken', async () => {
      await journey(`${file}-${role}`, async ({ page }) => {
        const found = await checkVisitor(page, VISITORS[role])
        reports.push(...found)
        expect(formatReports(found.filter((report) => problemCount(report) > 0))).toBe(formatReports([]))
      })
    })
  })
}
