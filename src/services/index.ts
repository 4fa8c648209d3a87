import type { Transport } from './transport'

let transport: Transport | null = null

/**
 * The literal process.env.TARO_APP_* is replaced at build time (see .env and README), and each
 * transport is required inside its branch: webpack drops the other one, so the in-process build
 * has no HTTP code and the HTTP build no mock backend.
 */
function defaultTransport(): Transport {
  if (process.env.TARO_APP_API === 'http') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires -- see above
    const { createHttpTransport } = require('./http-transport') as typeof import('./http-transport')
    return createHttpTransport(process.env.TARO_APP_API_BASE || '/api')
  } else {
    // An else, not a fall-through: webpack skips requires only in the branch it knows is dead.
    // eslint-disable-next-line @typescript-eslint/no-var-requires -- see above
    const { createInProcessTransport } = require('./transport') as typeof import('./transport')
    // eslint-disable-next-line @typescript-eslint/no-var-requires -- see above
    const { getInProcessBackend } = require('./in-process-backend') as typeof import('./in-process-backend')
    return createInProcessTransport(getInProcessBackend())
  }
}

/**
 * The typed client on the transport chosen at build time: `api().call('rooms.book', payload,
 * { idempotencyKey })` answers that method's result type (src/contract).
 */
export function api(): Transport {
  if (!transport) transport = defaultTransport()
  return transport
}

/** Tests swap in a transport to their own backend (null: back to the build-time one). */
export function setTransportForTesting(next: Transport | null): void {
  transport = next
}

export { ServiceError, userMessage, isRetryable } from './errors'
export type { ErrorCode } from './errors'
export { setSessionToken, getSessionToken, onSessionExpired } from './session-token'
export { newIdempotencyKey } from './idempotency'
export * from './types'
