// The 婚孕检 subpackage in the built weapp code (run `npm run build:weapp` first). The main-package
// smoke test only checks that the 婚孕检 tile navigates; this opens the subpackage's first page
// itself: its own files (sub-vendors.js, the page chunk) must load in the vm next to the main
// package's, the subpackage must register its mock area with the in-process backend, and the
// programmes must arrive from that backend (100–300 ms simulated latency) and be rendered.
import fs from 'node:fs'
import path from 'node:path'
import { createWeapp, DIST, type OpenedPage, type Weapp } from './fake-weapp'
import { linkLines, textOf } from './render-tree'

const PAGE = 'features/checkup/pages/index/index'
const PROGRAMME_NAMES = ['婚前医学检查', '孕前优生健康检查', '产前检查']

if (!fs.existsSync(path.join(DIST, `${PAGE}.js`))) {
  throw new Error(`${path.relative(process.cwd(), DIST)}/${PAGE}.js not found: run npm run build:weapp first`)
}

/** The programme card named `name`: only rendered once the backend has answered checkup.programmes. */
const programmeCard = (page: OpenedPage, name: string) => page.find((node) => linkLines(node)[0] === name)

/** Waits (real time) until `ready(page)`, or fails with what was rendered. */
async function waitFor(weapp: Weapp, page: OpenedPage, ready: (page: OpenedPage) => boolean, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs
  while (!ready(page)) {
    if (Date.now() > deadline) throw new Error(`timed out; the page shows:\n${page.text()}\nerrors:\n${weapp.errors.join('\n')}`)
    await weapp.settle(500)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('weapp build: 婚孕检 subpackage', () => {
  let weapp: Weapp
  let stopTracking: () => void
  let page: OpenedPage

  beforeAll(async () => {
    weapp = createWeapp()
    stopTracking = weapp.trackRejections()
    await weapp.launch()
  })

  afterAll(() => {
    stopTracking()
    weapp.dispose()
  })

  afterEach(() => {
    expect(weapp.errors.splice(0)).toEqual([])
  })

  test('婚孕检 index, signed out: title, sign-in card and the three programmes from the mock backend', async () => {
    page = await weapp.openPage(PAGE)
    // The intro sentence names the three programmes too, so wait for the cards, not the words.
    await waitFor(weapp, page, (opened) => PROGRAMME_NAMES.every((name) => programmeCard(opened, name)))

    const text = page.text()
    expect(page.find((node) => node.v === '婚孕检')).toBeDefined()
    expect(text).toContain('登录后可记录孕期、生成产检时间轴')
    expect(text).toContain('哪些检查适合我？')
    // Each programme is a card the user can open, showing its name and its tagline from the fixtures.
    const taglines: Record<string, string> = {
      婚前医学检查: '登记结婚前，两人一起做一次免费健康检查',
      孕前优生健康检查: '夫妻双方免费做 19 项优生检查',
      产前检查: '按孕周定期检查',
    }
    for (const name of PROGRAMME_NAMES) {
      const card = programmeCard(page, name)!
      expect(textOf(card.node)).toContain(name)
      expect(textOf(card.node)).toContain(taglines[name])
    }
    expect(text).not.toContain('正在加载…')
    expect(text).not.toContain('加载失败')
    // The in-process build must not have tried the network.
    expect(weapp.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  test('tapping 婚前医学检查 opens the programme page of the subpackage', async () => {
    const card = programmeCard(page, '婚前医学检查')
    if (!card) throw new Error('no 婚前医学检查 card')
    weapp.calls.splice(0)
    page.tap(card.node)
    await weapp.settle()

    const navigations = weapp.calls.filter((call) => call.api === 'navigateTo')
    expect(navigations).toHaveLength(1)
    expect(navigations[0].options.url).toBe('/features/checkup/pages/programme/index?id=premarital')
  })
})
