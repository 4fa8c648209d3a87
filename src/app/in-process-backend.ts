import Taro from '@tarojs/taro'
import type { MockArea } from '../../mock/core/area'
import { createMockBackend, type MockBackend } from '../../mock/backend'
import { POOL_MAX, topUpRandomPool } from '../../mock/core/random'
import { now } from './clock'
import { reportDataSetAside, reportSaveFailed } from '@/stores/data-notices'
import { taroStorage } from '@/services/taro-storage'

/**
 * The WeChat runtime has no synchronous crypto; its secure source is asynchronous. Fill the pool
 * tokens and check-in codes draw on as soon as the backend starts (sign-in comes later).
 */
function fillRandomPool(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getRandomValues !== 'function') return
  Taro.getRandomValues({ length: POOL_MAX })
    .then((result) => topUpRandomPool(new Uint8Array(result.randomValues)))
    .catch(() => undefined)
}

let backend: MockBackend | null = null

/**
 * What is not yet stored is written when the app goes to the background (weapp: it keeps running
 * a few seconds) and, on H5, when the page is left or reloaded: H5's storage calls finish at once,
 * so the writes are done before the page goes.
 */
function flushWhenLeaving(mock: MockBackend): void {
  const flush = () => void mock.flush()
  Taro.onAppHide?.(flush)
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') window.addEventListener('pagehide', flush)
}

/** The mock backend living inside the app, state kept in Taro storage across reloads. */
export function getInProcessBackend(): MockBackend {
  if (!backend) {
    fillRandomPool()
    backend = createMockBackend({
      storage: taroStorage,
      now,
      onDataSetAside: reportDataSetAside,
      // A tap never waits for storage: changes are written shortly after, and when the app hides.
      persist: 'when-idle',
      onSaveFailed: reportSaveFailed,
      // The literal is replaced at build time (.env, .env.development).
      checkResults: process.env.TARO_APP_CHECK_RESULTS === 'true',
    })
    flushWhenLeaving(backend)
    // A handle for the browser tests (fail the next calls, change latency), in the e2e build only.
    if (process.env.TARO_APP_TEST_HOOKS === 'true' && process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
      ;(window as unknown as { __familyMock?: MockBackend }).__familyMock = backend
    }
  }
  return backend
}

/**
 * Feature subpackages bring their own mock area and register it when they load, so its
 * fixtures ship in the subpackage rather than the main package.
 */
export function registerMockArea<S>(area: MockArea<S>): void {
  // Areas differ in state type; the backend keeps them untyped (its register takes MockArea<never>).
  if (process.env.TARO_APP_API !== 'http') getInProcessBackend().register(area as unknown as MockArea<never>)
}
