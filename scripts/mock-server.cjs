// The mock backend over HTTP on 127.0.0.1, state in memory, for the weapp build in HTTP mode
// (WeChat DevTools → 详情 → 本地设置 → 不校验合法域名).
// Usage: npm run mock:server [-- --port 10087] [--demo-controls] [--test-controls]
// --demo-controls lets any signed-in caller reset the demo data (demo.reset) and switch the
// 托育机构 data set (centres.useDataset) for everyone on this server; without it both are refused.
// --test-controls adds what the contract tests need to drive a server (reset to the seed, pinned
// time, injected failures; see mock/http/middleware.ts): for `API_BASE=… npm run test:contract`.
require('./register-ts.cjs')
const { startMockServer } = require('../mock/http/server')

const portFlag = process.argv.indexOf('--port')
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 10087

const demoControls = process.argv.includes('--demo-controls')
const controls = process.argv.includes('--test-controls')

// Under test the network's latency would only slow the suites down.
const latency = controls ? () => 0 : () => 100 + Math.random() * 200

startMockServer({ port, latency, controls, demoControls }).then((server) => {
  console.log(`Mock backend at ${server.url} (POST ${server.url}/rpc/<method>), demo controls ${demoControls ? 'on' : 'off'}, test controls ${controls ? 'on' : 'off'}. Ctrl+C to stop.`)
})
