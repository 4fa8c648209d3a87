import type { IncomingMessage, ServerResponse } from 'http'
import type { ErrorCode } from '../../src/services/errors'
import { HTTP_RPC_PREFIX, IDEMPOTENCY_HEADER, type RpcResponse } from '../../src/services/rpc'
import type { MockBackend } from '../core/backend'

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  NETWORK: 503,
  INTERNAL: 500,
}

/** Test-only controls, refused unless the server was started with them enabled. */
export const CONTROL_PREFIX = '/api/__mock/'
const MAX_BODY_BYTES = 1_000_000

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.end(JSON.stringify(body))
}

function allowLocalOrigins(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  // Only pages served from this machine may call the mock (the H5 build on another local port).
  if (origin && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-headers', `content-type, authorization, ${IDEMPOTENCY_HEADER}`)
    res.setHeader('access-control-allow-methods', 'POST, OPTIONS')
  }
}

export interface MiddlewareOptions {
  /** Expose /api/__mock/reset and /api/__mock/fail-next (tests only). */
  controls?: boolean
}

/** Serves the mock backend as `POST /api/rpc/<method>`; usable by the dev server and plain Node. */
export function createRpcMiddleware(backend: MockBackend, options: MiddlewareOptions = {}) {
  return async (req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> => {
    const path = (req.url ?? '').split('?')[0]
    const isRpc = path.startsWith(HTTP_RPC_PREFIX)
    const isControl = path.startsWith(CONTROL_PREFIX)
    if (!isRpc && !isControl) {
      if (next) next()
      else send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '接口不存在' } })
      return
    }
    allowLocalOrigins(req, res)
    if (req.method === 'OPTIONS') {
      res.statusCode = 204
      res.end()
      return
    }
    if (req.method !== 'POST') {
      send(res, 405, { ok: false, error: { code: 'NOT_FOUND', message: '请使用 POST 调用接口' } })
      return
    }
    let body: { payload?: unknown; count?: number; code?: ErrorCode; afterWrite?: boolean }
    try {
      const text = await readBody(req)
      body = text ? JSON.parse(text) : {}
    } catch {
      send(res, 400, { ok: false, error: { code: 'VALIDATION', message: '请求格式不正确' } })
      return
    }
    if (isControl) {
      if (!options.controls) {
        send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '接口不存在' } })
        return
      }
      const action = path.slice(CONTROL_PREFIX.length)
      if (action === 'reset') backend.reset()
      else if (action === 'fail-next') backend.failNext(body.count ?? 1, { code: body.code, afterWrite: body.afterWrite })
      else {
        send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '接口不存在' } })
        return
      }
      send(res, 200, { ok: true, data: { done: true } })
      return
    }
    const authorization = req.headers.authorization ?? ''
    const token = authorization.startsWith('Bearer ') ? authorization.slice(7) : null
    const keyHeader = req.headers[IDEMPOTENCY_HEADER]
    const response: RpcResponse = await backend.handle({
      method: decodeURIComponent(path.slice(HTTP_RPC_PREFIX.length)),
      payload: body.payload ?? null,
      token,
      idempotencyKey: typeof keyHeader === 'string' && keyHeader ? keyHeader : undefined,
    })
    send(res, response.ok ? 200 : STATUS[response.error.code] ?? 500, response)
  }
}
