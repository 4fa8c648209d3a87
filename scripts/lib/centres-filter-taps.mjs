// 托育机构 over the 5,000-centre data set: how long a filter or sort tap takes to show the
// updated list, timed inside the page (tap → the list answers the new search).
import { contentShown, HOME_ROUTE, median, openAt, SERVICES } from './h5-browser.mjs'

const CENTRES = SERVICES.find((service) => service.label === '托育机构')
// Each round taps these in order, so every tap changes the search and the round ends where it began.
const TAPS = [
  { tap: '普惠 on', role: 'checkbox', label: '普惠' },
  { tap: '有空余托位 on', role: 'checkbox', label: '有空余托位' },
  { tap: '普惠 off', role: 'checkbox', label: '普惠' },
  { tap: '有空余托位 off', role: 'checkbox', label: '有空余托位' },
  { tap: 'sort 费用低', role: 'radio', label: '费用低' },
  { tap: 'sort 综合', role: 'radio', label: '综合' },
]

/**
 * Runs in the browser: taps the chip, then resolves with the milliseconds until the list shows
 * the new search's answer (the count is back and the count or the first row has changed).
 */
function tapAndTimeUpdate(args) {
  const role = args[0]
  const label = args[1]
  const page = Array.from(document.querySelectorAll('.taro_page')).filter((element) => getComputedStyle(element).display !== 'none').pop()
  const chip = Array.from(page.querySelectorAll(`[role="${role}"]`)).find((element) => (element.getAttribute('aria-label') || '').indexOf(label) === 0)
  if (!chip) return Promise.reject(new Error(`no ${label} chip`))
  const total = () => (page.querySelector('.centres__total') || { textContent: '' }).textContent.trim()
  const firstRow = () => (page.querySelector('.centres__row-card') || { textContent: '' }).textContent
  const before = { total: total(), first: firstRow() }
  const tapped = performance.now()
  window.__tapAt = tapped
  chip.click()
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const poll = () => {
      const now = { total: total(), first: firstRow() }
      const answered = now.total !== '' && page.querySelector('.list-state[role="status"]') === null && (now.total !== before.total || now.first !== before.first)
      if (answered) resolve(performance.now() - tapped)
      else if (Date.now() - started > 30000) reject(new Error(`the list did not change after tapping ${label}`))
      else requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  })
}

/** Switches the in-process backend to 5,000 centres and opens 托育机构 from 首页. */
async function openWithFiveThousand(page, baseUrl, setLatencyZero) {
  await openAt(page, baseUrl, CENTRES.route)
  await setLatencyZero(page)
  await page.evaluate(async () => {
    const mock = window.__familyMock
    const signedIn = await mock.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })
    const answer = await mock.handle({ method: 'centres.useDataset', payload: { size: 5000 }, token: signedIn.data.token })
    if (!answer.ok) throw new Error('could not switch to the 5,000-centre data set')
    await mock.handle({ method: 'centres.search', payload: {}, token: null })
  })
  await openAt(page, baseUrl, HOME_ROUTE)
  await page.locator('.home__service-label', { hasText: CENTRES.label }).first().click()
  // A new document has a new in-process backend (made at the first call), with the default latency again.
  await setLatencyZero(page)
  await page.waitForFunction(contentShown, CENTRES.route)
  await page.getByText('共 5000 家').waitFor()
}

export async function filterTapTimes(browser, baseUrl, { rounds, cpuSlowdown, phone, setLatencyZero, longestTaskAfter }) {
  const { page, context, cdp } = await phone(browser)
  try {
    await openWithFiveThousand(page, baseUrl, setLatencyZero)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    const runs = new Map(TAPS.map((tap) => [tap.tap, []]))
    const since = await page.evaluate(() => performance.now())
    for (let round = 0; round < rounds; round += 1) {
      for (const tap of TAPS) runs.get(tap.tap).push(await page.evaluate(tapAndTimeUpdate, [tap.role, tap.label]))
    }
    return {
      taps: TAPS.map((tap) => ({ tap: tap.tap, medianMs: Math.round(median(runs.get(tap.tap))), runs: runs.get(tap.tap).map(Math.round) })),
      longestTaskMs: Math.round(await longestTaskAfter(page, since)),
    }
  } finally {
    await context.close()
  }
}
