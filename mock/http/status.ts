import type { ErrorCode } from '@/contract/errors'

/** The HTTP status each error code is answered with (the body carries the code itself). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  TOO_LARGE: 413,
  NETWORK: 503,
  INTERNAL: 500,
}
