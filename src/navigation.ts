import Taro from '@tarojs/taro'
import { TAB_ROUTES, type RoutePath } from './routes'

/** Opens a page, using switchTab for tab pages (navigateTo cannot open them). */
export function openPage(path: RoutePath, query: Record<string, string> = {}): void {
  if (TAB_ROUTES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.navigateTo({ url: urlOf(path, query) })
}

function urlOf(path: RoutePath, query: Record<string, string>): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return search ? `${path}?${search}` : path
}

/**
 * Opens a page in place of the current one (Taro.redirectTo): Back from it then returns to where
 * the person was before, not to a form they have just finished.
 */
export function replacePage(path: RoutePath, query: Record<string, string> = {}): void {
  if (TAB_ROUTES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.redirectTo({ url: urlOf(path, query) })
}

/** Back to the previous page, or to 首页 when the page was opened directly (a shared link). */
export function goBack(): void {
  const pages = Taro.getCurrentPages()
  if (pages.length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: TAB_ROUTES[0] })
}
