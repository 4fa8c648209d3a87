import { ROUTES, TAB_ROUTES } from '@/routes'
import { SERVICE_ENTRIES } from '@/service-entries'

interface AppConfig {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  tabBar: { list: Array<{ pagePath: string }> }
}

// app.config.ts calls Taro's build-time global; here it only needs to hand the object back.
;(globalThis as unknown as { defineAppConfig: (config: AppConfig) => AppConfig }).defineAppConfig = (config) => config
// require, not import: imports are hoisted above the defineAppConfig stub the module needs.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const appConfig: AppConfig = require('@/app.config').default

const registered = [
  ...appConfig.pages.map((page) => `/${page}`),
  ...appConfig.subPackages.flatMap((pkg) => pkg.pages.map((page) => `/${pkg.root}/${page}`)),
]

describe('routes and app.config agree', () => {
  test('every route is a registered page, and every page has a route', () => {
    expect(new Set(Object.values(ROUTES))).toEqual(new Set(registered))
  })

  test('tab pages are in the main package, as WeChat requires', () => {
    expect(appConfig.tabBar.list.map((tab) => `/${tab.pagePath}`)).toEqual(TAB_ROUTES)
    for (const tab of TAB_ROUTES) expect(appConfig.pages).toContain(tab.slice(1))
  })

  test('each 首页 service opens a page that exists in a subpackage', () => {
    for (const entry of SERVICE_ENTRIES) {
      expect(registered).toContain(entry.route)
      expect(appConfig.subPackages.some((pkg) => entry.route.startsWith(`/${pkg.root}/`))).toBe(true)
    }
  })
})
