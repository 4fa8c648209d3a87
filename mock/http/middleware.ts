import type { IncomingMessage, ServerResponse } from 'http'
import { DEFAULT_MESSAGES, type ErrorCode } from '@/contract/errors'
import { HTTP_RPC_PREFIX, IDEMPOTENCY_HEADER, type RpcResponse } from '@/contract/rpc'
import type { MockBackend } from '../backend'
import { readBody } from './read-body'
import { HTTP_STATUS } from './status'


/** Test-only controls, refused unless the server was started with them enabled. */
export const CONTROL_PREFIX = '/api/__mock/'
/** `auth.signIn`, `rooms.checkIn`: an area, a dot, a name. */
const METHOD_NAME = /^[a-z]+\.[a-zA-Z]+$/

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.end(JSON.stringify(body))
}

function fail(res: ServerResponse, status: number, code: ErrorCode, message = DEFAULT_MESSAGES[code]): void {
  send(res, status, { ok: false, error: { code, message } })
}

function allowLocalOrigins(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  // Only pages served from this machine may call the mock (the H5 build on another local port).
  if (origin && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-headers', `content-type, authorization, ${IDEMPOTENCY_HEADER}, ${TEST_NOW_HEADER}, ${TEST_FAIL_HEADER}`)
    res.setHeader('access-control-allow-methods', 'POST, OPTIONS')
  }
}

/** `/api/rpc/%E5…` → the method name, or null for a malformed escape or a name that is not one. */
function methodOf(path: string): string | null {
  try {
    const method = decodeURIComponent(path.slice(HTTP_RPC_PREFIX.length))
    return METHOD_NAME.test(method) ? method : null
  } catch {
    return null
  }
}

const isJson = (req: IncomingMessage): boolean => /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')

type Body = { payload?: unknown; count?: number; code?: ErrorCode; afterWrite?: boolean }

/** The JSON object a request carries, or the answer it gets instead. */
async function readJsonObject(req: IncomingMessage, res: ServerResponse): Promise<Body | null> {
  if (!isJson(req)) {
    fail(res, 415, 'VALIDATION', '请以 JSON 格式提交（Content-Type: application/json）')
    return null
  }
  const read = await readBody(req)
  if (!read.ok) {
    if (read.reason === 'too-large') fail(res, 413, 'TOO_LARGE')
    else res.destroy()
    return null
  }
  let body: unknown
  try {
    body = read.text ? JSON.parse(read.text) : {}
  } catch {
    fail(res, 400, 'VALIDATION', '请求内容不是有效的 JSON')
    return null
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail(res, 400, 'VALIDATION', '请求内容应为 JSON 对象，如 {"payload": …}')
    return null
  }
  return body as Body
}

export interface MiddlewareOptions {
  /**
   * Test controls (never on a shared server): POST /api/__mock/reset and /api/__mock/fail-next,
   * and on any call the headers x-test-now (epoch ms: "now" for that call) and x-test-fail
   * (JSON {count, code?, afterWrite?}: fail from this call on). The contract tests drive a
   * server under test through them (README, "The service contract").
   */
  controls?: boolean
}

export const TEST_NOW_HEADER = 'x-test-now'
export const TEST_FAIL_HEADER = 'x-test-fail'

function applyTestHeaders(backend: MockBackend, req: IncomingMessage): void {
  const now = Number(req.headers[TEST_NOW_HEADER])
  backend.pinNow(Number.isFinite(now) && now > 0 ? now : null)
  const failure = req.headers[TEST_FAIL_HEADER]
  if (typeof failure !== 'string') return
  try {
    const { count, code, afterWrite } = JSON.parse(failure) as { count?: number; code?: ErrorCode; afterWrite?: boolean }
    backend.failNext(Math.min(Number(count) || 1, 10), { code, afterWrite })
  } catch {
    // A malformed control header is ignored, as an unknown header would be.
  }
}

async function serve(backend: MockBackend, options: MiddlewareOptions, req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> {
  const path = (req.url ?? '').split('?')[0]
  const isRpc = path.startsWith(HTTP_RPC_PREFIX)
  const isControl = path.startsWith(CONTROL_PREFIX)
  if (!isRpc && !isControl) {
    if (next) next()
    else fail(res, 404, 'NOT_FOUND', '接口不存在')
    return
  }
  allowLocalOrigins(req, res)
  if (req.method === 'OPTIONS') {
    res.statusCode = 204
    res.end()
    return
  }
  if (req.method !== 'POST') {
    fail(res, 405, 'NOT_FOUND', '请使用 POST 调用接口')
    return
  }
  const method = isRpc ? methodOf(path) : null
  if (isRpc && !method) {
    fail(res, 404, 'NOT_FOUND', '接口不存在')
    return
  }
  const body = await readJsonObject(req, res)
  if (!body) return
  // Applied before a reset too: the seed's dates follow the test's "now".
  if (options.controls) applyTestHeaders(backend, req)
  if (isControl) {
    if (!options.controls) {
      fail(res, 404, 'NOT_FOUND', '接口不存在')
      return
    }
    const action = path.slice(CONTROL_PREFIX.length)
    if (action === 'reset') backend.reset()
    else if (action === 'fail-next') backend.failNext(body.count ?? 1, { code: body.code, afterWrite: body.afterWrite })
    else {
      fail(res, 404, 'NOT_FOUND', '接口不存在')
      return
    }
    send(res, 200, { ok: true, data: { done: true } })
    return
  }
  const authorization = req.headers.authorization ?? ''
  const token = authorization.startsWith('Bearer ') ? authorization.slice(7) : null
  const keyHeader = req.headers[IDEMPOTENCY_HEADER]
  const response: RpcResponse = await backend.handle({
    method: method!,
    payload: body.payload ?? null,
    token,
    idempotencyKey: typeof keyHeader === 'string' && keyHeader ? keyHeader : undefined,
  })
  send(res, response.ok ? 200 : (HTTP_STATUS[response.error.code] ?? 500), response)
}

/**
 * Serves the mock backend as `POST /api/rpc/<method>`; usable by the dev server and plain Node.
 * It never rejects: whatever a request does, it gets a JSON answer and the server lives on.
 */
export function createRpcMiddleware(backend: MockBackend, options: MiddlewareOptions = {}) {
  return async (req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> => {
    try {
      await serve(backend, options, req, res, next)
    } catch {
      if (!res.headersSent) fail(res, 500, 'INTERNAL')
      else res.destroy()
    }
  }
}
