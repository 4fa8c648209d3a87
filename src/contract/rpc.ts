import type { ServiceErrorBody } from './errors'

/**
 * Every call, on either transport, is one RPC: a method name such as `auth.signIn`, a JSON
 * payload, the caller's session token and, for writes, an idempotency key.
 */
export interface RpcRequest {
  method: string
  payload: unknown
  token: string | null
  idempotencyKey?: string
}

export type RpcResponse = { ok: true; data: unknown } | { ok: false; error: ServiceErrorBody }

/** Anything that answers RPCs: the in-process mock backend, or the HTTP server in front of it. */
export interface RpcHandler {
  handle(request: RpcRequest): Promise<RpcResponse>
}

export const HTTP_RPC_PREFIX = '/api/rpc/'
export const IDEMPOTENCY_HEADER = 'idempotency-key'
