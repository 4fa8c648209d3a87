// What the size and speed scripts share: an H5 build served the way a real server would (gzip),
// a phone-sized Chromium page, and the taps a person makes. The Chromium and the phone are the
// browser tests' (phone-browser.cjs); this server, unlike theirs, compresses, so what the browser
// fetches, and how long it takes over a slow network, is what a phone would see.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import phoneBrowser from './phone-browser.cjs'

const { CHROMIUM, CHROMIUM_ARGS, PHONE, CONTENT_TYPES } = phoneBrowser

const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.json'])

/** Serves a build directory on 127.0.0.1; text files gzip-compressed (level 9) when asked for. */
export async function serveBuild(root) {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`No H5 build in ${path.relative(process.cwd(), root)}`)
  const gzipped = new Map()
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent((request.url ?? '/').split('?')[0])
    let file = path.join(root, path.normalize(urlPath))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html')
    const type = path.extname(file)
    let body = readFileSync(file)
    const headers = { 'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-store' }
    if (COMPRESSED.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }))
      body = gzipped.get(file)
      headers['content-encoding'] = 'gzip'
    }
    headers['content-length'] = body.length
    response.writeHead(200, headers)
    response.end(body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) }
}


export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })

/** A fresh phone profile (PHONE), nothing stored, the HTTP cache off. */
export async function newPhonePage(browser) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  return { page, context, cdp, errors }
}

/** The services on 首页, the route each opens, and who uses it (the demo identity signed in). */
export const SERVICES = [
  { label: '婚孕检', route: '/features/checkup/pages/index/index', identity: ['家长', '林晓雯'] },
  { label: '优生优育', route: '/features/guidance/pages/index/index', identity: ['家长', '林晓雯'] },
  { label: '亲子小屋', route: '/features/rooms/pages/index/index', identity: ['家长', '林晓雯'] },
  { label: '托育机构', route: '/features/centres/pages/index/index', identity: ['家长', '林晓雯'] },
  { label: '暖心服务', route: '/features/help/pages/index/index', identity: ['特殊家庭成员', '张建国'] },
  { label: '生育支持', route: '/features/support/pages/index/index', identity: ['家长', '林晓雯'] },
]
export const HOME_ROUTE = '/pages/home/index'

/**
 * Runs in the browser: true once the page the address names is the one shown, has drawn its
 * page body and has nothing left loading (no 正在加载 status). Written without syntax Babel or
 * a bundler would rewrite, as it is sent to the page as source.
 */
export function contentShown(route) {
  const pages = Array.from(document.querySelectorAll('.taro_page')).filter((element) => getComputedStyle(element).display !== 'none')
  const current = pages[pages.length - 1]
  if (!current || current.id.split('?')[0] !== route) return false
  const body = current.querySelector('.page')
  return body !== null && body.textContent.trim().length > 0 && current.querySelector('.list-state[role="status"]') === null
}

/** Loads the app afresh (a new document, as a cold start) at a route and waits for its content. */
export async function openAt(page, baseUrl, route) {
  await page.goto('about:blank')
  await page.goto(`${baseUrl}#${route}`)
  await page.waitForFunction(contentShown, route, { timeout: 120000 })
}

/** Signs in as a demo identity on the sign-in page, as a person would. */
export async function signIn(page, baseUrl, [role, name]) {
  await openAt(page, baseUrl, '/pages/sign-in/index')
  await page.getByRole('button', { name: new RegExp(`^${role}\\s*${name}`) }).first().click()
  await page.waitForFunction((route) => !decodeURIComponent(window.location.hash).startsWith(`#${route}`), '/pages/sign-in/index')
}

/**
 * Runs in the browser: taps a service on 首页 and resolves with the milliseconds from the tap to
 * its content on screen (checked every frame), so no round trip to the test process is counted.
 */
export function tapServiceAndTime(args) {
  const label = args[0]
  const route = args[1]
  const check = new Function('route', `return (${args[2]})(route)`)
  const labels = Array.from(document.querySelectorAll('.taro_page .home__service-label'))
  const shown = labels.find((element) => element.offsetParent !== null && (element.textContent || '').trim() === label)
  const link = shown ? shown.closest('[role="link"]') : null
  if (!link) return Promise.reject(new Error(`no service ${label} on 首页`))
  const tapped = performance.now()
  window.__tapAt = tapped
  link.click()
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const poll = () => {
      if (check(route)) resolve(performance.now() - tapped)
      else if (Date.now() - started > 60000) reject(new Error(`${label} showed no content within 60 s`))
      else requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  })
}

/** The middle value (of an odd count; the upper middle of an even one). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
