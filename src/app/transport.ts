import { provideTransport } from '@/services'
import type { Transport } from '@/services/transport'

/**
 * The composition root's choice of transport. The literal process.env.TARO_APP_* is replaced at
 * build time (see .env and README), and each transport is required inside its branch: webpack
 * drops the other one, so the in-process build has no HTTP code and the HTTP build no mock backend.
 */
function buildTimeTransport(): Transport {
  if (process.env.TARO_APP_API === 'http') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires -- see above
    const { createHttpTransport } = require('@/services/http-transport') as typeof import('@/services/http-transport')
    return createHttpTransport(process.env.TARO_APP_API_BASE || '/api')
  } else {
    // An else, not a fall-through: webpack skips requires only in the branch it knows is dead.
    // eslint-disable-next-line @typescript-eslint/no-var-requires -- see above
    const { createInProcessTransport } = require('@/services/transport') as typeof import('@/services/transport')
    // eslint-disable-next-line @typescript-eslint/no-var-requires -- see above
    const { getInProcessBackend } = require('./in-process-backend') as typeof import('./in-process-backend')
    return createInProcessTransport(getInProcessBackend())
  }
}

provideTransport(buildTimeTransport)
