import Taro from '@tarojs/taro'
import { TAB_ROUTES, type RoutePath } from './routes'

/** Opens a page, using switchTab for tab pages (navigateTo cannot open them). */
export function openPage(path: RoutePath, query: Record<string, string> = {}): void {
  const search = Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  if (TAB_ROUTES.includes(path)) {
    void Taro.switchTab({ url: path })
    return
  }
  void Taro.navigateTo({ url: search ? `${path}?${search}` : path })
}

/** Back to the previous page, or to 首页 when the page was opened directly (a shared link). */
export function goBack(): void {
  const pages = Taro.getCurrentPages()
  if (pages.length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: TAB_ROUTES[0] })
}
