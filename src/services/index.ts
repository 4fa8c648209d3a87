import type { Transport } from './transport'

let transport: Transport | null = null
let makeTransport: (() => Transport) | null = null

/**
 * The composition root (src/app/transport.ts, loaded first by src/app.ts) says how to make the
 * transport; it is made at the first call, so a page that never calls the backend costs nothing.
 */
export function provideTransport(make: () => Transport): void {
  makeTransport = make
  transport = null
}

/**
 * The typed client on the transport chosen at build time: `api().call('rooms.book', payload,
 * { idempotencyKey })` answers that method's result type (src/contract).
 */
export function api(): Transport {
  if (!transport) {
    if (!makeTransport) throw new Error('No transport: src/app/transport.ts (the composition root) was not loaded')
    transport = makeTransport()
  }
  return transport
}

/** Tests swap in a transport to their own backend (null: back to the build-time one). */
export function setTransportForTesting(next: Transport | null): void {
  transport = next
}

export { ServiceError, userMessage, isRetryable } from '@/contract/errors'
export type { ErrorCode } from '@/contract/errors'
export { setSessionToken, getSessionToken, onSessionExpired } from './session-token'
export { newIdempotencyKey } from './idempotency'
export * from './types'
