// Benchmark: the mock backend's centre search over the 5,000-centre data set, for 20 fixed
// mixed queries (filters, keywords, sorts, pages). Prints median and p95 per query and over
// all runs, in CPU time of this process (what a query costs, whatever else the machine runs)
// and in wall time, and whether issue 7's targets (median ≤ 5 ms, p95 ≤ 15 ms) are met.
// It also times the first search after switching to the 5,000 data set (generating it and the
// search text), and the same queries through the app's in-process transport (JSON round trips,
// the contract's payload check, the backend), as the app calls them.
// A benchmark reports; it does not fail CI on a timing (a busy machine would make it flake).
// Usage: npm run bench:centres
require('./register-ts.cjs')
const { centresHandlers } = require('../mock/areas/centres/handlers')
const { dataset } = require('../mock/areas/centres/dataset')
const { centresArea } = require('../mock/areas/centres')
const { createMockBackend } = require('../mock/backend')
const { createMemoryStorage } = require('../mock/core/storage')
const { createInProcessTransport } = require('../src/services/transport')

const ROUNDS = 50
const origin = { latitude: 30.2838, longitude: 120.1296 }
const QUERIES = [
  {},
  { district: '西湖区' },
  { mode: 'temporary', inclusive: true, ageMonths: 18 },
  { keyword: '托育' },
  { keyword: '翠苑' },
  { sort: 'fee' },
  { sort: 'distance', origin },
  { sort: 'places', hasPlaces: true },
  { feeMin: 2000, feeMax: 3500 },
  { mode: 'full-day', feeMax: 3000, sort: 'fee' },
  { hostType: 'public', orgForm: 'community' },
  { filing: 'filed', inclusive: true, district: '滨江区' },
  { ageMonths: 6, mode: 'full-day' },
  { keyword: '文三路', sort: 'distance', origin },
  { orgForm: 'family', hasPlaces: true },
  { mode: 'hourly', feeMax: 40 },
  { district: '萧山区', sort: 'fee', page: 3 },
  { keyword: '幼儿园 托班' },
  { inclusive: true, hasPlaces: true, sort: 'places', page: 10 },
  { keyword: '不存在的机构名' },
]

const state = { datasetSize: 5000, favourites: {}, visits: {}, nextId: 1 }
const handle = centresHandlers['centres.search'].handle
const ctx = { state, core: { users: {} }, user: null, token: null, now: Date.now(), today: '2026-11-24' }
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const ms = (value) => value.toFixed(2).padStart(7)

const sinceMs = (start) => Number(process.hrtime.bigint() - start) / 1e6
const built = process.hrtime.bigint()
dataset(5000)
console.log(`generated 5,000 centres in ${sinceMs(built).toFixed(0)} ms`)
const firstSearch = process.hrtime.bigint()
handle(ctx, {})
console.log(`first search after the switch (builds the search text): ${sinceMs(firstSearch).toFixed(1)} ms`)
for (const query of QUERIES) handle(ctx, query) // warm-up: JIT and the search-text cache

const cpuMs = (usage) => (usage.user + usage.system) / 1000
const allCpu = []
const allWall = []
console.log('query'.padEnd(70), 'results', 'cpu med', 'cpu p95', 'wall med')
for (const query of QUERIES) {
  const cpu = []
  const wall = []
  let total = 0
  for (let round = 0; round < ROUNDS; round += 1) {
    const startCpu = process.cpuUsage()
    const start = process.hrtime.bigint()
    total = handle(ctx, query).total
    wall.push(Number(process.hrtime.bigint() - start) / 1e6)
    cpu.push(cpuMs(process.cpuUsage(startCpu)))
  }
  cpu.sort((a, b) => a - b)
  wall.sort((a, b) => a - b)
  allCpu.push(...cpu)
  allWall.push(...wall)
  const label = JSON.stringify({ ...query, origin: query.origin ? '…' : undefined })
  console.log(label.slice(0, 68).padEnd(70), String(total).padStart(7), ms(percentile(cpu, 50)), ms(percentile(cpu, 95)), ms(percentile(wall, 50)))
}
allCpu.sort((a, b) => a - b)
allWall.sort((a, b) => a - b)
const median = percentile(allCpu, 50)
const p95 = percentile(allCpu, 95)
console.log(`\ncentres search over 5,000 (${allCpu.length} runs): CPU median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms; wall median ${percentile(allWall, 50).toFixed(2)} ms, p95 ${percentile(allWall, 95).toFixed(2)} ms`)
console.log(median <= 5 && p95 <= 15 ? 'Targets met (CPU median ≤ 5 ms, p95 ≤ 15 ms).' : 'Targets missed (CPU median ≤ 5 ms, p95 ≤ 15 ms): look at the slowest queries above.')

// The same queries as the app sends them: through the in-process transport to a backend.
async function throughTransport() {
  const backend = createMockBackend({ storage: createMemoryStorage(), latency: () => 0, areas: [centresArea] })
  const signedIn = await backend.handle({ method: 'auth.signIn', payload: { identityId: 'u-parent' }, token: null })
  await backend.handle({ method: 'centres.useDataset', payload: { size: 5000 }, token: signedIn.data.token })
  const transport = createInProcessTransport(backend)
  const times = []
  for (let round = 0; round < 10; round += 1) {
    for (const query of QUERIES) {
      const start = process.hrtime.bigint()
      await transport.call('centres.search', { ...query, pageSize: 40 })
      times.push(sinceMs(start))
    }
  }
  times.sort((a, b) => a - b)
  console.log(`through the in-process transport (${times.length} calls, pages of 40): wall median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`)
}
throughTransport().catch((error) => {
  console.error(error)
  process.exit(1)
})
