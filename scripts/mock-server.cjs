// The mock backend over HTTP on 127.0.0.1, state in memory, for the weapp build in HTTP mode
// (WeChat DevTools → 详情 → 本地设置 → 不校验合法域名). Usage: npm run mock:server [-- --port 10087]
require('./register-ts.cjs')
const { startMockServer } = require('../mock/http/server')

const portFlag = process.argv.indexOf('--port')
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 10087

startMockServer({ port, latency: () => 100 + Math.random() * 200, controls: false }).then((server) => {
  console.log(`Mock backend at ${server.url} (POST ${server.url}/rpc/<method>). Ctrl+C to stop.`)
})
