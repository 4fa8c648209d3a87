import { getDotPath, safeParse, type BaseIssue } from 'valibot'
import type { MethodSchema } from '@/contract/method'
import type { FieldErrors } from '@/domain/validation'
import { hasOwn } from '@/domain/own'
import { ServiceError } from '@/contract/errors'

/** For the checks a schema leaves without words of its own (a wrong type, a missing object). */
const fallbackMessage = (issue: BaseIssue<unknown>): string => (issue.path?.length ? '格式不正确' : '请求内容格式不正确')

/**
 * Field path → first message, relative to the payload key that holds the form's fields (see
 * MethodSchema.form), so the form can show each one next to its field.
 */
function fieldErrorsOf(issues: readonly BaseIssue<unknown>[], form: string | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    let path = getDotPath(issue)
    if (!path) continue
    if (form && (path === form || path.startsWith(`${form}.`))) path = path.slice(form.length + 1) || form
    if (!hasOwn(errors, path)) errors[path] = issue.message
  }
  return errors
}

/**
 * The payload as the method's schema reads it (trimmed, unknown keys dropped), or the VALIDATION
 * error the caller sees: the first problem as the message, every field's problem at its field.
 */
export function readPayload(schema: MethodSchema, payload: unknown): { ok: true; value: unknown } | { ok: false; error: ServiceError } {
  // Valibot's object() takes a list for an object; a payload is never a list.
  if (Array.isArray(payload)) return { ok: false, error: new ServiceError('VALIDATION', '请求内容格式不正确') }
  const parsed = safeParse(schema.payload, payload ?? null, { message: fallbackMessage })
  if (parsed.success) return { ok: true, value: parsed.output }
  const fieldErrors = fieldErrorsOf(parsed.issues, schema.form)
  const message = parsed.issues[0].message
  return { ok: false, error: new ServiceError('VALIDATION', message, Object.keys(fieldErrors).length ? fieldErrors : undefined) }
}

/**
 * Checks an answer against the method's result schema (tests and development builds): a handler
 * that drifts from the contract fails where it happens. Says where, never what (answers hold
 * personal data).
 */
export function resultMismatch(method: string, schema: MethodSchema, data: unknown): string | null {
  const parsed = safeParse(schema.result, data)
  if (parsed.success) return null
  const where = parsed.issues.slice(0, 3).map((issue) => `${getDotPath(issue) || '(整体)'}: ${issue.expected ?? ''} ← ${issue.received}`)
  return `${method} 的返回不符合约定：${where.join('；')}`
}
