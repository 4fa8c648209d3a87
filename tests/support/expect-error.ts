import { ServiceError, type ErrorCode } from '@/contract/errors'

/** Awaits a call that must fail, and returns its ServiceError after checking the code. */
export async function expectServiceError(call: Promise<unknown>, code: ErrorCode): Promise<ServiceError> {
  let caught: unknown
  try {
    await call
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(ServiceError)
  const error = caught as ServiceError
  expect(error.code).toBe(code)
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
  return error
}
