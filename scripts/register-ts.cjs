// Lets plain Node require the TypeScript in mock/ and src/ (the mock backend and the
// contract it serves), with the same SWC hook Taro uses for config/. Used by the H5 dev
// server's middleware (config/dev.ts) and scripts/mock-server.cjs.
const path = require('node:path')
const { createSwcRegister } = require('@tarojs/helper')

const root = path.resolve(__dirname, '..')
// tests/support: fixtures the benchmarks share with the tests (a realistic 暖心服务 request).
const compiled = [path.join(root, 'mock'), path.join(root, 'src'), path.join(root, 'config'), path.join(root, 'tests', 'support')]

createSwcRegister({ only: [(file) => compiled.some((dir) => file.startsWith(dir + path.sep))] })

// `@/x` means `src/x` (the alias of config/index.ts and tsconfig.json): resolved here for Node.
const Module = require('node:module')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function resolveAlias(request, ...rest) {
  const target = request.startsWith('@/') ? path.join(root, 'src', request.slice(2)) : request
  return resolveFilename.call(this, target, ...rest)
}
