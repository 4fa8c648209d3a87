// The 托育机构 subpackage in the built weapp code (run `npm run build:weapp` first). Its search
// renders results in VirtualList from @tarojs/components-advanced, which the build keeps in this
// subpackage's own chunk instead of the main package: this checks that chunk loads and renders.
import fs from 'node:fs'
import path from 'node:path'
import { createWeapp, DIST, type OpenedPage, type Weapp } from './fake-weapp'
import { linkLines } from './render-tree'

const PAGE = 'features/centres/pages/index/index'

if (!fs.existsSync(path.join(DIST, `${PAGE}.js`))) {
  throw new Error(`${path.relative(process.cwd(), DIST)}/${PAGE}.js not found: run npm run build:weapp first`)
}

async function waitFor(weapp: Weapp, page: OpenedPage, ready: (page: OpenedPage) => boolean, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs
  while (!ready(page)) {
    if (Date.now() > deadline) throw new Error(`timed out; the page shows:\n${page.text()}\nerrors:\n${weapp.errors.join('\n')}`)
    await weapp.settle(500)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('weapp build: 托育机构 subpackage', () => {
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

  test('the search shows the count, the condition chips with counts and the first rows of the virtual list', async () => {
    const page = await weapp.openPage(PAGE)
    await waitFor(weapp, page, (opened) => opened.text().includes('共 200 家') && Boolean(opened.find((node) => node.role === 'link')))
    const text = page.text()
    // 区 and 托育类型 are folded behind 筛选; the quick conditions show their counts.
    expect(text).toContain('筛选')
    expect(text).toMatch(/普惠 \d+/)
    expect(text).toMatch(/有空余托位 \d+/)
    const rows = page.find((node) => /托/.test(linkLines(node)[0] ?? ''))
    expect(rows).toBeDefined()
    expect(text).not.toContain('加载失败')
    expect(weapp.errors.splice(0)).toEqual([])
  })
})
