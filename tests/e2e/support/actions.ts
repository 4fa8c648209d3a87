import type { Locator, Page } from 'playwright-core'
import { TRANSITION_MS } from './browser'

export type IdentityLabel = '家长' | '家庭健康指导员' | '特殊家庭成员' | '双岗联系人'

export async function waitForTransition(page: Page): Promise<void> {
  await page.waitForTimeout(TRANSITION_MS)
}

/** The page Taro's H5 router shows now (earlier pages of the stack stay in the DOM, hidden). */
export function currentPage(page: Page) {
  return page.locator('.taro_page:visible').last()
}

/** Taps a tab; from a page deeper in the stack (no tab bar there) it goes back first, as a user would. */
export async function switchTab(page: Page, label: '首页' | '我的'): Promise<void> {
  const tab = page.locator('.weui-tabbar__item', { hasText: label })
  for (let back = 0; back < 6 && !(await tab.isVisible()); back += 1) {
    await page.goBack()
    await waitForTransition(page)
  }
  await tab.click()
  await waitForTransition(page)
}

export async function openService(page: Page, name: string): Promise<void> {
  await switchTab(page, '首页')
  await currentPage(page).getByRole('link', { name, exact: true }).click()
  await waitForTransition(page)
}

/** Signs in from 我的 as one of the demo identities (the first with that role unless named). */
export async function signInAs(page: Page, identity: IdentityLabel, name?: string): Promise<void> {
  await switchTab(page, '我的')
  const me = currentPage(page)
  await me.locator('taro-button-core', { hasText: /选择演示身份登录|切换身份/ }).first().click()
  await waitForTransition(page)
  await currentPage(page)
    .getByRole('button', { name: new RegExp(`^${identity} ${name ?? ''}`) })
    .first()
    .click()
  await waitForTransition(page)
}

/** Taro's Button renders as <taro-button-core>, which has no button role, so find it by text. */
export function button(page: Page, text: string | RegExp) {
  return currentPage(page).locator('taro-button-core', { hasText: text })
}

/**
 * A text field by its label. Taro's H5 Input puts aria-label on the <taro-input-core> host and
 * renders the real <input> inside it without one, so the role query cannot find it.
 */
export function textField(scope: Locator, label: string): Locator {
  return scope.locator(`taro-input-core[aria-label="${label}"] input, taro-textarea-core[aria-label="${label}"] textarea`)
}

/** Answers the open showModal dialog (Taro H5 renders it as .taro__modal; the buttons' class really is spelt taro-model__). */
export async function answerModal(page: Page, confirm: boolean): Promise<void> {
  const modal = page.locator('.taro-modal__content')
  await modal.waitFor({ state: 'visible' })
  await modal.locator(confirm ? '.taro-model__confirm' : '.taro-model__cancel').click()
  await page.waitForTimeout(300)
}

/** Waits for a toast with this text (Taro H5 renders showToast as .taro__toast; its last <p> is the title). */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.taro__toast p', { hasText: text }).last().waitFor({ state: 'visible', timeout: 5000 })
}

/** Text of the toast on screen now. */
export async function readToast(page: Page): Promise<string> {
  const toast = page.locator('.taro__toast p').last()
  await toast.waitFor({ state: 'visible', timeout: 3000 })
  return (await toast.innerText()).trim()
}
