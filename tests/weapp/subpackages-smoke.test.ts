// Every service's first page in the built weapp code, signed out (run `npm run build:weapp`
// first): each subpackage's chunks load next to the main package's, register their mock area,
// and render without a runtime error that only the weapp build has.
import fs from 'node:fs'
import path from 'node:path'
import { createWeapp, DIST, type OpenedPage, type Weapp } from './fake-weapp'

const PAGES: Array<[string, string, string]> = [
  ['优生优育', 'features/guidance/pages/index/index', '共 44 篇'],
  ['亲子小屋', 'features/rooms/pages/index/index', '翠苑街道向日葵亲子小屋'],
  ['暖心服务', 'features/help/pages/index/index', '暖心服务面向计生特殊家庭'],
  ['家庭信息', 'features/account/pages/privacy/index', '隐私'],
  ['生育支持', 'features/support/pages/index/index', '一孩158天，二孩、三孩188天'],
]

for (const [, page] of PAGES) {
  if (!fs.existsSync(path.join(DIST, `${page}.js`))) {
    throw new Error(`${path.relative(process.cwd(), DIST)}/${page}.js not found: run npm run build:weapp first`)
  }
}

async function waitForText(weapp: Weapp, page: OpenedPage, text: string, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs
  while (!page.text().includes(text)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}"; the page shows:\n${page.text()}\nerrors:\n${weapp.errors.join('\n')}`)
    await weapp.settle(500)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('weapp build: each service opens', () => {
  let weapp: Weapp
  let stopTracking: () => void

  beforeAll(async () => {
    weapp = createWeapp()
    stopTracking = weapp.trackRejections()
    await weapp.launch()
  })

  afterAll(() => {
    stopTracking()
    weapp.dispose()
  })

  test.each(PAGES)('%s (%s) renders %s with no runtime error', async (_name, page, expected) => {
    const opened = await weapp.openPage(page)
    await waitForText(weapp, opened, expected)
    expect(opened.text()).not.toContain('加载失败')
    expect(weapp.errors.splice(0)).toEqual([])
  })
})
