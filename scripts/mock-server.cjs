// The mock backend over HTTP on 127.0.0.1, state in memory, for the weapp build in HTTP mode
// (WeChat DevTools → 详情 → 本地设置 → 不校验合法域名).
// Usage: npm run mock:server [-- --port 10087] [-- --demo-controls]
// --demo-controls lets any signed-in caller reset the demo data (demo.reset) and switch the
// 托育机构 data set (centres.useDataset) for everyone on this server; without it both are refused.
require('./register-ts.cjs')
const { startMockServer } = require('../mock/http/server')

const portFlag = process.argv.indexOf('--port')
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 10087

const demoControls = process.argv.includes('--demo-controls')

startMockServer({ port, latency: () => 100 + Math.random() * 200, controls: false, demoControls }).then((server) => {
  console.log(`Mock backend at ${server.url} (POST ${server.url}/rpc/<method>), demo controls ${demoControls ? 'on' : 'off'}. Ctrl+C to stop.`)
})
