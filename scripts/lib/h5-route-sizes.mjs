// What the browser fetches for each route of an H5 build: every JS and CSS file Chromium asks
// for, summed at its gzip size. 首页 signed out and signed in (a fresh load), and for each
// service the extra files a tap on 首页 brings, each from a freshly loaded 首页 so no service
// gets the shared chunks another one already fetched.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { contentShown, HOME_ROUTE, launchBrowser, newPhonePage, openAt, serveBuild, SERVICES, signIn } from './h5-browser.mjs'

function fileSizes(root) {
  const cache = new Map()
  return (url) => {
    const file = path.join(root, decodeURIComponent(new URL(url).pathname))
    if (!cache.has(file)) {
      const code = readFileSync(file)
      cache.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length })
    }
    return cache.get(file)
  }
}

/** Records the JS and CSS files a page requests; `take()` answers those since the last take. */
function recordScripts(page, sizeOf) {
  let seen = []
  page.on('request', (request) => {
    if (['script', 'stylesheet'].includes(request.resourceType())) seen.push(request.url())
  })
  return {
    take() {
      const files = [...new Set(seen)].map((url) => ({ file: new URL(url).pathname.slice(1), ...sizeOf(url) }))
      seen = []
      return { files, raw: files.reduce((sum, file) => sum + file.raw, 0), gzip: files.reduce((sum, file) => sum + file.gzip, 0) }
    },
  }
}

/** Measures 首页 and each service's tap in the build at `root`. Answers labelled measurements. */
export async function measureRouteSizes(root) {
  const server = await serveBuild(root)
  const browser = await launchBrowser()
  const sizeOf = fileSizes(root)
  const results = []
  const errors = []
  try {
    {
      const { page, context, errors: pageErrors } = await newPhonePage(browser)
      const scripts = recordScripts(page, sizeOf)
      await openAt(page, server.url, HOME_ROUTE)
      results.push({ label: '首页 (signed out)', kind: 'home', ...scripts.take() })
      errors.push(...pageErrors)
      await context.close()
    }
    const identities = [...new Map(SERVICES.map((service) => [service.identity.join(' '), service.identity])).values()]
    for (const identity of identities) {
      const { page, context, errors: pageErrors } = await newPhonePage(browser)
      const scripts = recordScripts(page, sizeOf)
      await signIn(page, server.url, identity)
      scripts.take()
      await openAt(page, server.url, HOME_ROUTE)
      results.push({ label: `首页 (${identity.join(' ')})`, kind: 'home', ...scripts.take() })
      for (const service of SERVICES.filter((entry) => entry.identity.join(' ') === identity.join(' '))) {
        await openAt(page, server.url, HOME_ROUTE)
        scripts.take()
        await page.locator('.home__service-label', { hasText: service.label }).first().click()
        await page.waitForFunction(contentShown, service.route, { timeout: 120000 })
        results.push({ label: `tap ${service.label}`, kind: 'tap', ...scripts.take() })
      }
      errors.push(...pageErrors)
      await context.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return { results, errors }
}
