import { createMockBackend } from '../backend'
import { createMemoryStorage } from '../core/storage'
import { allAreas } from '../all-areas'
import { createRpcMiddleware } from './middleware'

/** The mock backend for the H5 dev server in HTTP mode: realistic latency, state in memory. */
export function createDevMiddleware() {
  const backend = createMockBackend({
    storage: createMemoryStorage(),
    latency: () => 100 + Math.random() * 200,
    areas: allAreas,
    // One developer's server: 重置演示数据 and the data-set switch stay usable.
    demoControls: true,
    // A development server: an answer that drifts from its result schema shows up at once.
    checkResults: true,
  })
  return createRpcMiddleware(backend, { controls: false })
}
