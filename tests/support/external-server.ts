/**
 * A backend under test, reached over HTTP at API_BASE, driven through the test controls the mock
 * server offers with --test-controls: reset to the seed before each test, "now" sent with every
 * call, failures injected by header. Every answer is checked against its result schema here, on
 * the client side, since the server's own code is not ours to instrument.
 */
import { safeParse } from 'valibot'
import type { FailureOptions, MockBackend } from '../../mock/backend'
import { wholeContract } from '@/contract/all'
import { createHttpTransport } from '@/services/http-transport'
import type { CallOptions, Transport } from '@/services/transport'
import type { TestClock } from './clock'

export async function externalServer(apiBase: string, clock: TestClock): Promise<{ transport: Transport; backend: MockBackend }> {
  const base = apiBase.replace(/\/+$/, '')
  const reset = await fetch(`${base}/__mock/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-now': String(clock.now()) },
    body: '{}',
  })
  if (!reset.ok) throw new Error(`${base}/__mock/reset answered ${reset.status}: start the server with its test controls on`)
  let failure: string | null = null
  const http = createHttpTransport(base, {
    headers: () => {
      const headers: Record<string, string> = { 'x-test-now': String(clock.now()) }
      if (failure) headers['x-test-fail'] = failure
      failure = null
      return headers
    },
  })
  const transport = {
    async call(method: string, payload?: unknown, options?: CallOptions) {
      const data = await (http.call as (m: string, p?: unknown, o?: CallOptions) => Promise<unknown>)(method, payload, options)
      const schema = wholeContract[method]
      const parsed = schema ? safeParse(schema.result, data) : null
      if (parsed && !parsed.success) throw new Error(`${method} answered outside its result schema: ${parsed.issues[0].message}`)
      return data
    },
  } as Transport
  // Only what the contract suites use of the in-process backend: injected failures.
  const backend = {
    failNext(count: number, options: FailureOptions = {}) {
      failure = JSON.stringify({ count, ...options })
    },
  } as unknown as MockBackend
  return { transport, backend }
}
