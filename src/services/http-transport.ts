import Taro from '@tarojs/taro'
import { ServiceError, type ErrorCode, type ServiceErrorBody } from '@/contract/errors'
import { HTTP_RPC_PREFIX, IDEMPOTENCY_HEADER } from '@/contract/rpc'
import { getSessionToken, notifySessionExpired } from './session-token'
import { unwrap, type CallOptions, type Transport } from './transport'

const TIMEOUT_MS = 10_000

function isErrorBody(value: unknown): value is { ok: false; error: ServiceErrorBody } {
  const body = value as { ok?: unknown; error?: { code?: unknown } } | null
  return !!body && body.ok === false && typeof body.error?.code === 'string'
}

/** Calls the mock handlers served over HTTP (`POST {base}/rpc/{method}`) with Taro.request. */
export function createHttpTransport(apiBase: string, config: { headers?: () => Record<string, string> } = {}): Transport {
  const base = apiBase.replace(/\/+$/, '').replace(/\/api$/, '')
  return {
    async call<T>(method: string, payload?: unknown, options: CallOptions = {}): Promise<T> {
      const header: Record<string, string> = { 'content-type': 'application/json', ...config.headers?.() }
      const token = getSessionToken()
      if (token) header.authorization = `Bearer ${token}`
      if (options.idempotencyKey) header[IDEMPOTENCY_HEADER] = options.idempotencyKey
      let result: { statusCode: number; data: unknown }
      try {
        result = await Taro.request({
          url: `${base}${HTTP_RPC_PREFIX}${method}`,
          method: 'POST',
          data: { payload: payload === undefined ? null : payload },
          header,
          timeout: TIMEOUT_MS,
          dataType: 'json',
        })
      } catch {
        throw new ServiceError('NETWORK')
      }
      const body = typeof result.data === 'string' ? safeParse(result.data) : result.data
      if (result.statusCode >= 200 && result.statusCode < 300 && body && (body as { ok?: unknown }).ok === true) {
        return unwrap<T>(body as { ok: true; data: unknown })
      }
      if (isErrorBody(body)) {
        if (body.error.code === 'UNAUTHENTICATED' && token) notifySessionExpired()
        throw ServiceError.fromBody(body.error)
      }
      const code: ErrorCode = result.statusCode >= 500 ? 'INTERNAL' : 'NETWORK'
      throw new ServiceError(code)
    },
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
