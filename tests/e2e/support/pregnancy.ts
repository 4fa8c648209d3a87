import type { Page } from 'playwright-core'
import { chinaDate } from '@/domain/dates'
import { button, currentPage, navigate, openService, switchTab, textField, waitForSettledPage } from './actions'

const DAY_MS = 24 * 60 * 60 * 1000
/** 林晓雯 is seeded at 孕20周+3天 (README). */
export const SEEDED_DAYS = 20 * 7 + 3

/** Today in China as the app sees it (the page's clock, which a journey may move). */
export async function appToday(page: Page): Promise<string> {
  return chinaDate(await page.evaluate(() => Date.now()))
}

/** Sets her last period through the timeline, as she would after her doctor re-dated the pregnancy. */
export async function setLmpOnTimeline(page: Page, lmp: string, shows: string): Promise<void> {
  await openService(page, '婚孕检')
  await navigate(page, () => currentPage(page).getByText('查看产检时间轴').click())
  await button(page, '修改末次月经').click()
  await textField(currentPage(page), '末次月经第一天').fill(lmp)
  await button(page, /^保存$/).click()
  await currentPage(page).getByLabel('我的孕期').getByText(shows).waitFor()
}

/** `days` later she opens the app again on 首页: the page's clock moves on, storage stays. */
export async function reopenDaysLater(page: Page, days: number): Promise<string> {
  await switchTab(page, '首页')
  const now = await page.evaluate(() => Date.now())
  await page.clock.setFixedTime(now + days * DAY_MS)
  await page.reload()
  await waitForSettledPage(page)
  return appToday(page)
}
