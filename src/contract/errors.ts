import type { FieldErrors } from '@/domain/validation'

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONSENT_REQUIRED'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'TOO_LARGE'
  | 'NETWORK'
  | 'INTERNAL'

/** A finer reason under a code, for the program: the client acts on it, the person reads the message. */
export type ErrorReason = 'IDEMPOTENCY_KEY_REUSED'

/** What every failed call carries: a code for the program and a Chinese message for the user. */
export interface ServiceErrorBody {
  code: ErrorCode
  message: string
  /** Field path → message, for VALIDATION errors the form shows next to each field. */
  fieldErrors?: FieldErrors
  reason?: ErrorReason
}

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '当前身份无权进行此操作',
  CONSENT_REQUIRED: '需要先同意个人敏感信息处理规则',
  NOT_FOUND: '内容不存在或已被删除',
  VALIDATION: '填写的内容有误，请按提示修改',
  CONFLICT: '操作与当前状态冲突，请刷新后重试',
  TOO_LARGE: '内容太大，请删减后再提交',
  NETWORK: '网络连接失败，请检查网络后重试',
  INTERNAL: '服务暂时不可用，请稍后重试',
}

export class ServiceError extends Error implements ServiceErrorBody {
  readonly code: ErrorCode
  readonly fieldErrors?: FieldErrors
  readonly reason?: ErrorReason

  constructor(code: ErrorCode, message: string = DEFAULT_MESSAGES[code], fieldErrors?: FieldErrors, reason?: ErrorReason) {
    super(message)
    this.name = 'ServiceError'
    this.code = code
    this.fieldErrors = fieldErrors
    this.reason = reason
  }

  toBody(): ServiceErrorBody {
    const body: ServiceErrorBody = { code: this.code, message: this.message }
    if (this.fieldErrors) body.fieldErrors = this.fieldErrors
    if (this.reason) body.reason = this.reason
    return body
  }

  static fromBody(body: ServiceErrorBody): ServiceError {
    return new ServiceError(body.code, body.message, body.fieldErrors, body.reason)
  }
}

/** Errors worth retrying with the same idempotency key: the request may never have arrived. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ServiceError && (error.code === 'NETWORK' || error.code === 'INTERNAL')
}

/** A message fit to show the user for anything a call may throw. */
export function userMessage(error: unknown): string {
  if (error instanceof ServiceError) return error.message
  return DEFAULT_MESSAGES.INTERNAL
}
