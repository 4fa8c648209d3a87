import type { MethodName, Payload, Result } from '@/contract'
import { ServiceError } from '@/contract/errors'
import type { RpcHandler, RpcResponse } from '@/contract/rpc'
import { getSessionToken, notifySessionExpired } from './session-token'

export interface CallOptions {
  /** Writes pass one; the same key replayed returns the first result and changes nothing. */
  idempotencyKey?: string
}

/** A method that takes nothing may be called without a payload. */
export type CallArgs<M extends MethodName> = null extends Payload<M> ? [payload?: Payload<M>, options?: CallOptions] : [payload: Payload<M>, options?: CallOptions]

/**
 * The typed client: `call('rooms.book', payload, { idempotencyKey })` answers that method's result
 * type; a misspelled method or a wrong payload does not compile.
 */
export interface Transport {
  call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<Result<M>>
}

/**
 * For tests that send what the types forbid (a misspelled method, a malformed payload), as a
 * hostile or outdated client would.
 */
export type UntypedCall = (method: string, payload?: unknown, options?: CallOptions) => Promise<unknown>
export const untyped = (transport: Transport): UntypedCall => transport.call.bind(transport) as unknown as UntypedCall

export function unwrap<T>(response: RpcResponse, sentToken: string | null = null): T {
  if (response.ok) return response.data as T
  // A token the backend no longer accepts: the session ended (expired, or signed out elsewhere).
  if (response.error.code === 'UNAUTHENTICATED' && sentToken) notifySessionExpired()
  throw ServiceError.fromBody(response.error)
}

/** Calls the mock backend in the same JS context: no server needed, on a phone or in the browser. */
export function createInProcessTransport(handler: RpcHandler): Transport {
  return {
    async call<T>(method: string, payload?: unknown, options: CallOptions = {}): Promise<T> {
      // A JSON round trip keeps the in-process contract honest: nothing but data crosses it.
      const wirePayload = payload === undefined ? null : JSON.parse(JSON.stringify(payload))
      const token = getSessionToken()
      const response = await handler.handle({ method, payload: wirePayload, token, idempotencyKey: options.idempotencyKey })
      return unwrap<T>(JSON.parse(JSON.stringify(response)) as RpcResponse, token)
    },
  }
}
