// Benchmark: how the mock backend's cost grows with its data. Each area's seed (亲子小屋,
// 优生优育, 暖心服务, 托育机构) is grown ×1, ×10 and ×100 (scripts/lib/scale-state.cjs), stored as a
// phone that used the app would have it, and a fresh backend (latency 0) loads it. Every call
// below is timed (median; writes are real writes, saved as the app saves them), and the largest
// storage key is reported per scale. Targets (issue 15): at ×10 every call ≤ 20 ms and every
// write ≤ 10 ms, at ×100 every call ≤ 200 ms. A benchmark reports; it does not fail CI on a
// timing. Figures go to artifacts/bench-mock.json.
// Usage: npm run bench:mock [-- --scales 1,10]
require('./register-ts.cjs')
const { mkdirSync, writeFileSync } = require('node:fs')
const path = require('node:path')
const { performance } = require('node:perf_hooks')
const { allAreas } = require('../mock/all-areas')
const { createMockBackend } = require('../mock/backend')
const { createMemoryStorage } = require('../mock/core/storage')
const { saveArea } = require('../mock/core/persistence')
const { chinaDate } = require('../src/domain/dates')
const { scaleState } = require('./lib/scale-state.cjs')
const { BATHING_REQUEST } = require('../tests/support/help-request')

const SCALES = (process.argv.includes('--scales') ? process.argv[process.argv.indexOf('--scales') + 1] : '1,10,100').split(',').map(Number)
const GROWN = ['rooms', 'guidance', 'help', 'centres']
// 2026-11-24 10:00 in China: the demo's day (the help request below asks for the 27th).
const NOW = Date.parse('2026-11-24T02:00:00Z')
const TARGETS = { 10: { read: 20, write: 10 }, 100: { read: 200, write: 200 } }
/** Runs per call: fewer where each may take seconds. */
const RUNS = { 1: 15, 10: 9, 100: 5 }


/** What a phone that has used every service holds: each grown area saved as the app saves it. */
function storedAt(scale) {
  const storage = createMemoryStorage()
  const context = { now: NOW, today: chinaDate(NOW) }
  for (const area of allAreas) {
    const seeded = area.seed(context)
    const state = GROWN.includes(area.name) && scale > 1 ? scaleState(seeded, scale) : seeded
    saveArea(storage, area, state, NOW)
  }
  return storage
}

function largestKey(storage) {
  let largest = { key: '', bytes: 0 }
  for (const key of storage.keys()) {
    const bytes = Buffer.byteLength(storage.get(key) ?? '', 'utf8')
    if (bytes > largest.bytes) largest = { key, bytes }
  }
  return largest
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function run(scale) {
  const storage = storedAt(scale)
  let loadMs = 0
  const backend = createMockBackend({ storage, now: () => NOW, latency: () => 0, areas: [] })
  const call = async (token, method, payload, idempotencyKey) => {
    const answer = await backend.handle({ method, payload, token, idempotencyKey })
    if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`)
    return answer.data
  }
  const signIn = async (identityId) => (await call(null, 'auth.signIn', { identityId })).token
  const started = performance.now()
  for (const area of allAreas) backend.register(area)
  loadMs = performance.now() - started
  const parent = await signIn('u-parent')
  const instructor = await signIn('u-instructor')
  const family = await signIn('u-special')
  const contact = await signIn('u-contact')
  await call(family, 'help.consent', {}, 'bench-consent')

  // Ids the calls use, read through the API as a person would find them.
  const room = (await call(parent, 'rooms.list', {}))[0]
  const roomDetail = await call(parent, 'rooms.room', { id: room.id })
  const open = roomDetail.sessions.filter((s) => s.state === 'bookable' && s.placesLeft > 1 && s.ageMin <= 14 && s.ageMax >= 14)
  const mySessions = await call(instructor, 'rooms.mySessions', {})
  const rosterSession = mySessions[0]
  const feed = await call(parent, 'guidance.feed', {})
  const article = feed.items[0]
  const centres = await call(null, 'centres.search', {})
  let seq = 0
  const key = () => `bench-${scale}-${++seq}`

  const calls = [
    ['rooms.list', false, () => call(parent, 'rooms.list', {})],
    ['rooms.room', false, () => call(parent, 'rooms.room', { id: room.id })],
    ['rooms.session', false, () => call(parent, 'rooms.session', { id: open[0].id })],
    ['rooms.myBookings', false, () => call(parent, 'rooms.myBookings', {})],
    ['rooms.messages', false, () => call(parent, 'rooms.messages', {})],
    ['rooms.mySessions', false, () => call(instructor, 'rooms.mySessions', {})],
    ['rooms.roster', false, () => call(instructor, 'rooms.roster', { sessionId: rosterSession.id })],
    ['rooms.book + rooms.cancel', true, async () => {
      const booking = await call(parent, 'rooms.book', { sessionId: open[1].id, childId: 'child-1', carers: 1 }, key())
      await call(parent, 'rooms.cancel', { bookingId: booking.id }, key())
    }, 2],
    ['rooms.readMessages', true, () => call(parent, 'rooms.readMessages', {}, key())],
    ['guidance.feed', false, () => call(parent, 'guidance.feed', {})],
    ['guidance.article', false, () => call(parent, 'guidance.article', { id: article.id })],
    ['guidance.favourites', false, () => call(parent, 'guidance.favourites', {})],
    ['guidance.mine', false, () => call(instructor, 'guidance.mine', {})],
    ['guidance.favourite', true, () => call(parent, 'guidance.favourite', { id: article.id, on: seq % 2 === 0 }, key())],
    ['guidance.share', true, () => call(parent, 'guidance.share', { id: article.id }, key())],
    ['help.mine', false, () => call(family, 'help.mine', {})],
    ['help.queue', false, () => call(contact, 'help.queue', {})],
    ['help.submit', true, () => call(family, 'help.submit', { request: BATHING_REQUEST }, key())],
    ['centres.search', false, () => call(null, 'centres.search', { keyword: '托育' })],
    ['centres.centre', false, () => call(parent, 'centres.centre', { id: centres.items[0].id })],
    ['centres.favourite', true, () => call(parent, 'centres.favourite', { id: centres.items[0].id, on: seq % 2 === 0 }, key())],
  ]
  const rows = []
  for (const [name, write, once, callsPerRun = 1] of calls) {
    const times = []
    for (let i = 0; i < RUNS[scale]; i += 1) {
      const t0 = performance.now()
      await once()
      times.push((performance.now() - t0) / callsPerRun)
    }
    rows.push({ call: name, write, medianMs: Math.round(median(times) * 100) / 100 })
  }
  return { scale, loadMs: Math.round(loadMs), largestKey: largestKey(storage), rows }
}

async function main() {
  const results = []
  for (const scale of SCALES) {
    const t0 = performance.now()
    results.push(await run(scale))
    console.error(`×${scale} done in ${Math.round((performance.now() - t0) / 1000)} s`)
  }
  const header = ['call', ...results.map((r) => `×${r.scale}`)]
  const table = results[0].rows.map((row, index) => [`${row.call}${row.write ? ' (write)' : ''}`, ...results.map((r) => `${r.rows[index].medianMs} ms`)])
  table.push(['load every area', ...results.map((r) => `${r.loadMs} ms`)])
  table.push(['largest storage key', ...results.map((r) => `${(r.largestKey.bytes / 1024).toFixed(1)} KB`)])
  const widths = header.map((_, column) => Math.max(...[header, ...table].map((line) => line[column].length)))
  console.log('Mock backend, latency 0, median per call:')
  for (const line of [header, ...table]) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join('  '))
  const missed = []
  for (const result of results) {
    const target = TARGETS[result.scale]
    if (!target) continue
    for (const row of result.rows) {
      const limit = row.write ? target.write : target.read
      if (row.medianMs > limit) missed.push(`${row.call} at ×${result.scale}: ${row.medianMs} ms (≤ ${limit})`)
    }
    if (result.scale === 10 && result.largestKey.bytes > 256 * 1024) missed.push(`largest key at ×10: ${(result.largestKey.bytes / 1024).toFixed(1)} KB (≤ 256)`)
  }
  console.log(missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.join('; ')}`)
  const out = path.join(__dirname, '..', 'artifacts')
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, 'bench-mock.json'), JSON.stringify({ targets: TARGETS, results, missed }, null, 2))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
