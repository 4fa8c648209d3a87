import { createMockBackend, type MockBackend } from '../../mock/core/backend'
import type { MockArea } from '../../mock/core/area'
import { taroKeyValueStorage } from './taro-storage'

let backend: MockBackend | null = null

/** The mock backend living inside the app, state kept in Taro storage across reloads. */
export function getInProcessBackend(): MockBackend {
  if (!backend) {
    backend = createMockBackend({ storage: taroKeyValueStorage })
    if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
      // A handle for the browser tests (fail the next calls, change latency); the data is demo data.
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
