import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, PHONE } from '../../../scripts/lib/phone-browser.cjs'
import { recordToasts } from './actions'
import { serveStatic, type StaticServer } from './static-server'

export const ARTIFACTS_DIR = path.resolve(process.cwd(), 'artifacts/e2e')
// The production build plus test hooks (npm run build:h5:e2e).
const H5_BUILD = path.resolve(process.cwd(), 'dist/h5-e2e')

let browser: Browser | undefined
let server: StaticServer | undefined

export async function startHarness(): Promise<void> {
  server = await serveStatic(H5_BUILD)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

export async function stopHarness(): Promise<void> {
  await browser?.close()
  await server?.close()
}

export interface AppPage {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught exceptions seen so far; every journey ends expecting none. */
  errors: string[]
  consoleLog: string[]
}

/** A fresh phone-sized browser profile (375×667 at 2×) with the app open on 首页. */
export async function openApp(hash = ''): Promise<AppPage> {
  if (!browser || !server) throw new Error('startHarness() first')
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.addInitScript(recordToasts)
  const app: AppPage = { page, context, errors: [], consoleLog: [] }
  page.on('console', (message) => {
    const line = `[${message.type()}] ${message.text()}`
    app.consoleLog.push(line)
    if (message.type() === 'error') app.errors.push(line)
  })
  page.on('pageerror', (error) => {
    app.errors.push(`[uncaught] ${error.message}`)
    app.consoleLog.push(`[uncaught] ${error.stack ?? error.message}`)
  })
  await page.goto(`${server.url}${hash}`)
  await page.getByText('婚孕检').first().waitFor()
  return app
}

/** The in-process mock backend the H5 build exposes for tests (created on the app's first call). */
export interface MockWindow {
  __familyMock?: { setLatency(latency: () => number): void; failNext(count: number): void; reset(): void }
}

/** Makes the next `count` backend calls fail with a network error, as a dropped connection would. */
export async function failNextCalls(app: AppPage, count: number): Promise<void> {
  await app.page.waitForFunction(() => Boolean((window as unknown as MockWindow).__familyMock))
  await app.page.evaluate((n) => (window as unknown as MockWindow).__familyMock!.failNext(n), count)
}

/**
 * Holds the in-process backend's answers to `method` (calls made from now on) until the returned
 * release is called: a network as slow as the journey needs to look at what the page shows while
 * it waits, with no timer a busy machine could outrun. Calls after the release are not held.
 */
export async function holdAnswersUntilReleased(page: Page, method: string): Promise<() => Promise<void>> {
  await page.waitForFunction(() => Boolean((window as unknown as MockWindow).__familyMock))
  await page.evaluate((held) => {
    const gated = window as unknown as {
      __familyMock: { handle(request: { method: string }): Promise<unknown> }
      __releaseHeldAnswers: () => void
    }
    const mock = gated.__familyMock
    const original = mock.handle.bind(mock)
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    gated.__releaseHeldAnswers = release
    mock.handle = (request) => (request.method === held ? released.then(() => original(request)) : original(request))
  }, method)
  return async () => {
    await page.evaluate(() => (window as unknown as { __releaseHeldAnswers: () => void }).__releaseHeldAnswers())
  }
}

/** Screenshots the README shows; each passing run refreshes them. */
export const README_SHOTS_DIR = path.resolve(process.cwd(), 'tests/e2e/screenshots')

export async function saveReadmeShot(app: AppPage, name: string): Promise<void> {
  mkdirSync(README_SHOTS_DIR, { recursive: true })
  await app.page.screenshot({ path: path.join(README_SHOTS_DIR, `${name}.png`) })
}

export function saveArtifacts(app: AppPage, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  writeFileSync(path.join(ARTIFACTS_DIR, `${name}.console.log`), app.consoleLog.join('\n') + '\n')
  return app.page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true }).then(() => undefined)
}

/**
 * Runs one journey in a fresh app. On failure it saves a screenshot and the console log under
 * artifacts/e2e/failed-<name>; on success it checks no console error or uncaught error happened.
 */
export async function journey(name: string, run: (app: AppPage) => Promise<void>, hash = ''): Promise<void> {
  const app = await openApp(hash)
  try {
    await run(app)
    if (app.errors.length > 0) throw new Error(`Console errors during "${name}":\n${app.errors.join('\n')}`)
  } catch (error) {
    await saveArtifacts(app, `failed-${name.replace(/[^\w\u4e00-\u9fa5-]+/g, '-')}`).catch(() => undefined)
    throw error
  } finally {
    await app.context.close()
  }
}
