// Why this exists: the unit and page tests run the source with Taro doubles, and the e2e journeys
// run the H5 build, so nothing runs the code WeChat actually gets. This loads dist/weapp (run
// `npm run build:weapp` first) in a Node vm with fake wx/App/Page globals, renders 首页 and 我的,
// taps a service tile, and fails on any runtime error only the weapp build has (a stray
// `process.env`, a browser global, a missing wx API).
import fs from 'node:fs'
import path from 'node:path'
import { createWeapp, DIST, type OpenedPage, type Weapp } from './fake-weapp'
import { linkLines, readBaseWxml, templateBindsTap } from './render-tree'

if (!fs.existsSync(path.join(DIST, 'app.js'))) {
  throw new Error(`${path.relative(process.cwd(), DIST)}/app.js not found: run npm run build:weapp first`)
}

describe('weapp build', () => {
  let weapp: Weapp
  let stopTracking: () => void
  let home: OpenedPage

  beforeAll(async () => {
    weapp = createWeapp()
    stopTracking = weapp.trackRejections()
    await weapp.launch()
    home = await weapp.openPage('pages/home/index')
  })

  afterAll(() => {
    stopTracking()
    weapp.dispose()
  })

  afterEach(() => {
    expect(weapp.errors.splice(0)).toEqual([])
  })

  test('首页 renders the welcome card and the service tiles', () => {
    const text = home.text()
    expect(text).toContain('欢迎使用家庭服务')
    expect(text).toContain('选择演示身份登录')
    expect(text).toContain('婚孕检')
  })

  test('tapping the 婚孕检 tile navigates to the checkup subpackage', async () => {
    const tile = home.find((node) => linkLines(node).includes('婚孕检'))
    if (!tile) throw new Error(`no 婚孕检 tile in the rendered tree:\n${JSON.stringify(home.tree(), null, 1)}`)
    expect(templateBindsTap(readBaseWxml(DIST), String(tile.node.nn))).toBe(true)

    home.tap(tile.node)
    await weapp.settle()

    const navigations = weapp.calls.filter((call) => call.api === 'navigateTo')
    expect(navigations).toHaveLength(1)
    expect(navigations[0].options.url).toContain('/features/checkup/pages/index/index')
  })

  test('我的 renders the signed-out card and 长辈模式', async () => {
    weapp.call(home.instance, 'onHide')
    const me = await weapp.openPage('pages/me/index')

    const text = me.text()
    expect(text).toContain('尚未登录')
    expect(text).toContain('长辈模式')
  })
})
