// The Chromium and the phone that the browser tests (tests/e2e/support) and the size and speed
// scripts (scripts/lib/h5-browser.mjs) both use, so a journey and a benchmark see the same app.
// CommonJS, so the TypeScript tests under Jest and the Node scripts can both load it.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A phone-sized browser profile: 375×667 at 2×, touch, Chinese, China time. */
const PHONE = {
  viewport: { width: 375, height: 667 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

/** Content types for the files of an H5 build. */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, PHONE, CONTENT_TYPES }
