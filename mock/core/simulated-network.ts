import { DEFAULT_MESSAGES, type ErrorCode } from '@/contract/errors'
import type { RpcRequest, RpcResponse } from '@/contract/rpc'

export interface FailureOptions {
  /** The code the failed calls answer with (default NETWORK). */
  code?: ErrorCode
  /** Run the call and save its effect, then lose the answer: what a dropped response looks like. */
  afterWrite?: boolean
}

/** Default: 100–300 ms before each answer, like a mobile network. */
export const defaultLatency = (): number => 100 + Math.floor(Math.random() * 200)

/**
 * The network between the app and the backend, as tests and demos need it: a wait before each
 * answer, and failures injected on the next calls (before the call runs, or after it has saved
 * and the answer is lost).
 */
export function simulatedNetwork(dispatch: (request: RpcRequest) => RpcResponse, initialLatency: () => number = defaultLatency) {
  let latency = initialLatency
  const failures: Required<FailureOptions>[] = []
  const failed = (code: ErrorCode): RpcResponse => ({ ok: false, error: { code, message: DEFAULT_MESSAGES[code] } })

  return {
    failNext(count: number, options: FailureOptions = {}): void {
      for (let i = 0; i < count; i += 1) failures.push({ code: options.code ?? 'NETWORK', afterWrite: options.afterWrite ?? false })
    },
    setLatency(next: () => number): void {
      latency = next
    },
    async handle(request: RpcRequest): Promise<RpcResponse> {
      const wait = latency()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      const failure = failures.shift()
      if (failure && !failure.afterWrite) return failed(failure.code)
      const response = dispatch(request)
      return failure ? failed(failure.code) : response
    },
  }
}
