import { coreArea } from './areas/core'
import { createBackendEngine, type MockBackend, type MockBackendOptions } from './core/engine'

export type { FailureOptions, MockBackend, MockBackendOptions } from './core/engine'

/** The mock backend: the engine with the core area (accounts, sessions, profiles) registered. */
export function createMockBackend(options: MockBackendOptions): MockBackend {
  return createBackendEngine(options, coreArea)
}
