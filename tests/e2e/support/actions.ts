import type { Locator, Page } from 'playwright-core'

export type IdentityLabel = '家长' | '家庭健康指导员' | '特殊家庭成员' | '双岗联系人' | '计生协工作人员'

/**
 * The id of the page the router shows now, once it has settled and is not `previous`: exactly one
 * Taro page displayed, its slide-in finished (Taro marks it taro_page_stationed and drops the
 * transform), and it is the page the address names. Null while a page is still sliding in or out,
 * or while a route's chunk is still loading (the address has changed, the page has not). Taro gives
 * every page instance its own id (`path?stamp=..`), so the same route opened twice has two ids.
 * It runs in the browser, so it is self-contained and written without syntax Babel would rewrite
 * into helpers.
 */
function settledPageOtherThan(previous: string | null): string | null {
  const shown = Array.from(document.querySelectorAll('.taro_page')).filter((element) => getComputedStyle(element).display !== 'none')
  if (shown.length !== 1) return null
  const current = shown[0]
  if (!current.classList.contains('taro_page_stationed') || getComputedStyle(current).transform !== 'none') return null
  const route = decodeURIComponent(window.location.hash.slice(1).split('?')[0])
  if (route && route !== '/' && current.id.split('?')[0] !== route) return null
  return current.id !== previous ? current.id : null
}

/** What the router shows now, for a failure message: the address and each page element's state. */
function routerState(): string {
  const pages = Array.from(document.querySelectorAll('.taro_page')).map((element) => {
    const style = getComputedStyle(element)
    return `${element.id} [${element.className}] display=${style.display} transform=${style.transform}`
  })
  return `address ${window.location.hash}; pages: ${pages.join(' | ')}`
}

/** Waits until the router has settled on a page other than `notId` and answers its id. */
export async function waitForSettledPage(page: Page, notId: string | null = null): Promise<string> {
  try {
    const handle = await page.waitForFunction(settledPageOtherThan, notId)
    return (await handle.jsonValue()) as string
  } catch (error) {
    // Say where the router stood, so a failure in CI tells a lost tap from a page that never settled.
    const state = await page.evaluate(routerState).catch(() => 'unknown (page closed)')
    throw new Error(`No page other than ${notId ?? '(none)'} settled: ${state}\n${(error as Error).message}`)
  }
}

/**
 * Does something that opens another page (a tap, back, an address) and waits until that page has
 * slid in and is the only one shown: the condition a person waits for before looking at it.
 */
export async function navigate(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await waitForSettledPage(page)
  await action()
  await waitForSettledPage(page, before)
}

/** The page Taro's H5 router shows now (earlier pages of the stack stay in the DOM, hidden). */
export function currentPage(page: Page) {
  return page.locator('.taro_page:visible').last()
}

/** Taps a tab; from a page deeper in the stack (no tab bar there) it goes back first, as a user would. */
export async function switchTab(page: Page, label: '首页' | '我的'): Promise<void> {
  const tab = page.locator('.weui-tabbar__item', { hasText: label })
  for (let back = 0; back < 6 && !(await tab.isVisible()); back += 1) {
    await navigate(page, () => page.goBack())
  }
  // Taro marks the tab of the page on show; tapping it again would open nothing.
  if (await tab.evaluate((element) => element.classList.contains('weui-bar__item_on'))) return
  await navigate(page, () => tab.click())
}

/** A service's entry on 首页: a card named by its title, then its one-line summary. */
export function serviceLink(page: Page, name: string): Locator {
  return currentPage(page).getByRole('link', { name: new RegExp(`^${name} `) })
}

export async function openService(page: Page, name: string): Promise<void> {
  await switchTab(page, '首页')
  await navigate(page, () => serviceLink(page, name).click())
}

/** Signs in from 我的 as one of the demo identities (the first with that role unless named). */
export async function signInAs(page: Page, identity: IdentityLabel, name?: string): Promise<void> {
  await switchTab(page, '我的')
  const me = currentPage(page)
  await navigate(page, () => me.locator('taro-button-core', { hasText: /选择演示身份登录|切换身份/ }).first().click())
  await navigate(page, () =>
    currentPage(page)
      .getByRole('button', { name: new RegExp(`^${identity}\\s*${name ?? ''}`) })
      .first()
      .click(),
  )
}

/** Taro's Button renders as <taro-button-core>, which has no button role, so find it by text. */
export function button(page: Page, text: string | RegExp) {
  return currentPage(page).locator('taro-button-core', { hasText: text })
}

/**
 * A text field by its label. Taro's H5 Input puts aria-label on its <taro-input-core> host; the
 * app moves it onto the real <input> or <textarea> (src/h5-accessibility.ts), which is found here.
 */
export function textField(scope: Locator, label: string): Locator {
  return scope.locator(`input[aria-label="${label}"], textarea[aria-label="${label}"]`)
}

/** Answers the open showModal dialog (Taro H5 renders it as .taro__modal; the buttons' class really is spelt taro-model__). */
export async function answerModal(page: Page, confirm: boolean): Promise<void> {
  const modal = page.locator('.taro-modal__content')
  await modal.waitFor({ state: 'visible' })
  await modal.locator(confirm ? '.taro-model__confirm' : '.taro-model__cancel').click()
  await modal.waitFor({ state: 'hidden' })
}

/**
 * Runs in the page from its first script (openApp adds it): records the title of every toast
 * Taro shows (.taro__toast, shown by its display style), so a journey can check a toast appeared
 * even when a busy machine gets to look after its 1.5 s are over. Written without syntax Babel
 * would rewrite into helpers.
 */
export function recordToasts(): void {
  const seen: string[] = []
  const recorder = window as unknown as { __toastsSeen: string[]; __toastsRead: number }
  recorder.__toastsSeen = seen
  recorder.__toastsRead = 0
  let showing = ''
  const check = () => {
    const toasts = document.querySelectorAll('.taro__toast')
    let text = ''
    for (let i = 0; i < toasts.length; i += 1) {
      const toast = toasts[i] as HTMLElement
      const titles = toast.querySelectorAll('p')
      if (toast.style.display !== 'none' && titles.length > 0) text = (titles[titles.length - 1].textContent || '').trim()
    }
    if (text && text !== showing) seen.push(text)
    showing = text
  }
  const start = () => new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style'] })
  if (document.documentElement) start()
  else document.addEventListener('DOMContentLoaded', start)
}

/**
 * How long a journey waits for a toast: generous, as a busy machine may take seconds to answer
 * the tap that shows it; a toast that comes at once costs no more.
 */
const TOAST_TIMEOUT_MS = 30_000

/**
 * Waits for a toast with this text, shown since the last toast a journey waited for (each toast
 * is taken once, so the same words shown again later are a new toast).
 */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  const wanted = typeof text === 'string' ? { text, pattern: null, flags: '' } : { text: '', pattern: text.source, flags: text.flags }
  await page.waitForFunction(
    (want) => {
      const recorder = window as unknown as { __toastsSeen: string[]; __toastsRead: number }
      const seen = recorder.__toastsSeen || []
      for (let i = recorder.__toastsRead; i < seen.length; i += 1) {
        const matches = want.pattern !== null ? new RegExp(want.pattern, want.flags).test(seen[i]) : seen[i].indexOf(want.text) !== -1
        if (matches) {
          recorder.__toastsRead = i + 1
          return true
        }
      }
      return false
    },
    wanted,
    { timeout: TOAST_TIMEOUT_MS },
  )
}
