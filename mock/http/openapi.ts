/**
 * The contract as an OpenAPI 3.1 document, generated from the schemas (src/contract) and the
 * backend's access rules (who may call, which calls write and need an idempotency key), so a
 * backend team can implement `POST /api/rpc/<method>` without reading this code.
 */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema'
import { wholeContract } from '@/contract/all'
import { ROLE_LABELS } from '@/domain/roles'
import { DEFAULT_MESSAGES, type ErrorCode } from '@/contract/errors'
import { HTTP_RPC_PREFIX, IDEMPOTENCY_HEADER } from '@/contract/rpc'
import { allAreas } from '../all-areas'
import { coreArea } from '../areas/core'
import type { Access, HandlerDef } from '../core/area'
import { MAX_BODY_BYTES } from './read-body'
import { HTTP_STATUS } from './status'

type Json = Record<string, unknown>

// Checks written as functions (a real calendar date, a length counted in characters) have no JSON
// Schema form; their intent is in each property's description and in the error answers.
const CONVERSION: ConversionConfig = { target: 'draft-2020-12', errorMode: 'ignore' }

function jsonSchema(schema: Parameters<typeof toJsonSchema>[0]): Json {
  const { $schema: _dialect, ...rest } = toJsonSchema(schema, CONVERSION) as Json
  return rest
}

function accessText(access: Access): string {
  if (access === 'public') return '无需登录'
  if (access === 'signed-in') return '需登录（任何身份）'
  return `需登录，仅限：${access.map((role) => ROLE_LABELS[role]).join('、')}`
}

const errorBody: Json = {
  type: 'object',
  required: ['ok', 'error'],
  properties: {
    ok: { const: false },
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { enum: Object.keys(DEFAULT_MESSAGES) },
        message: { type: 'string', description: '给用户看的中文提示' },
        fieldErrors: { type: 'object', additionalProperties: { type: 'string' }, description: 'VALIDATION：字段路径 → 中文提示，表单显示在对应字段旁' },
        reason: { enum: ['IDEMPOTENCY_KEY_REUSED'], description: '同一幂等键用于不同请求体时为 IDEMPOTENCY_KEY_REUSED（code 为 CONFLICT）' },
      },
    },
  },
}

function errorResponses(codes: ErrorCode[]): Json {
  const responses: Json = {}
  for (const code of codes) {
    const status = String(HTTP_STATUS[code])
    const existing = responses[status] as { description: string } | undefined
    responses[status] = {
      description: existing ? `${existing.description}；${code}` : code,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    }
  }
  return responses
}

function operation(method: string, def: HandlerDef<unknown, unknown, unknown>): Json {
  const schema = wholeContract[method]
  const codes: ErrorCode[] = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'TOO_LARGE', 'INTERNAL']
  if (def.access !== 'public') codes.push('UNAUTHENTICATED', 'FORBIDDEN', 'CONSENT_REQUIRED')
  const parameters = def.write
    ? [
        {
          name: IDEMPOTENCY_HEADER,
          in: 'header',
          required: !!def.requireIdempotencyKey,
          description: '幂等键：同一调用者、同一方法、同一请求体的重试返回首次结果；同键不同体返回 409 CONFLICT（reason IDEMPOTENCY_KEY_REUSED）；保留 24 小时。未登录的调用不使用幂等键。',
          schema: { type: 'string', maxLength: 128 },
        },
      ]
    : []
  return {
    operationId: method.replace('.', '_'),
    summary: schema.summary,
    description: `${accessText(def.access)}${def.write ? '；写操作' : ''}`,
    tags: [method.split('.')[0]],
    ...(def.access === 'public' ? { security: [] } : {}),
    parameters,
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', required: ['payload'], properties: { payload: jsonSchema(schema.payload) } },
        },
      },
    },
    responses: {
      200: {
        description: '成功',
        content: {
          'application/json': {
            schema: { type: 'object', required: ['ok', 'data'], properties: { ok: { const: true }, data: jsonSchema(schema.result) } },
          },
        },
      },
      ...errorResponses(codes),
    },
  }
}

/** Every method the backend answers, in contract order, with its handler's access rules. */
export function buildOpenApi(): Json {
  const handlers = new Map<string, HandlerDef<unknown, unknown, unknown>>()
  for (const area of [coreArea, ...allAreas]) {
    for (const [method, def] of Object.entries(area.handlers)) handlers.set(method, def as HandlerDef<unknown, unknown, unknown>)
  }
  handlers.set('demo.reset', { access: 'signed-in', write: true, handle: () => null })
  const paths: Json = {}
  for (const method of Object.keys(wholeContract)) {
    const def = handlers.get(method)
    if (!def) throw new Error(`${method} is in the contract but no area handles it`)
    paths[`${HTTP_RPC_PREFIX}${method}`] = { post: operation(method, def) }
  }
  for (const method of handlers.keys()) {
    if (!(method in wholeContract)) throw new Error(`${method} is handled but has no schema in src/contract`)
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '家庭服务小程序 后端接口（计生协 家庭服务）',
      version: '1.0.0',
      description: [
        '每个接口都是 `POST /api/rpc/<方法名>`，请求体为 JSON 对象 `{"payload": …}`（Content-Type: application/json，不超过 1 MB，超出返回 413 TOO_LARGE），',
        '成功返回 `{"ok": true, "data": …}`，失败返回 `{"ok": false, "error": {"code", "message", "fieldErrors?", "reason?"}}`，message 为给用户看的中文提示。',
        '登录后以 `Authorization: Bearer <token>` 调用；写操作可带 `Idempotency-Key` 请求头。未知字段会被忽略，文字会去掉首尾空白；日期为 YYYY-MM-DD（北京时间的日历日）。',
        '演示控制（demo.reset、centres.useDataset）只在以演示控制启动的服务器上可用，否则返回 403。',
      ].join(''),
    },
    servers: [{ url: '/', description: '与小程序 TARO_APP_API_BASE 同源' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'auth.signIn 返回的 token，30 天有效' } },
      schemas: { ErrorBody: errorBody },
    },
    'x-max-body-bytes': MAX_BODY_BYTES,
  }
}
