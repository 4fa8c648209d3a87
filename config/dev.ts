import type { UserConfigExport } from '@tarojs/cli'
import type { IncomingMessage, ServerResponse } from 'node:http'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/**
 * With `--mode http` (npm run dev:h5:http) the app calls /api over HTTP, so the dev server
 * serves the same mock handlers there. Loaded lazily: plain `dev:h5` never touches it.
 */
function mockBackendMiddleware(): Middleware {
  require('../scripts/register-ts.cjs')
  const { createDevMiddleware } = require('../mock/http/dev-middleware')
  return createDevMiddleware()
}

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: 10086,
      host: '127.0.0.1',
      setupMiddlewares(middlewares) {
        if (process.env.TARO_APP_API === 'http') {
          // Express's handler type is wider than Node's; ours only uses the Node parts.
          middlewares.unshift({ name: 'mock-backend', middleware: mockBackendMiddleware() as never })
        }
        return middlewares
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>
