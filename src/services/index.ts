import { createHttpTransport } from './http-transport'
import { getInProcessBackend } from './in-process-backend'
import { createInProcessTransport, type Transport } from './transport'

let transport: Transport | null = null

function defaultTransport(): Transport {
  // The literal process.env.TARO_APP_* is replaced at build time (see .env and README).
  if (process.env.TARO_APP_API === 'http') return createHttpTransport(process.env.TARO_APP_API_BASE || '/api')
  return createInProcessTransport(getInProcessBackend())
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
