import { createServer, type Server } from 'http'
import type { AddressInfo } from 'net'
import { createMockBackend, type MockBackend } from '../backend'
import { createMemoryStorage, type KeyValueStorage } from '../core/storage'
import { allAreas } from '../all-areas'
import { createRpcMiddleware } from './middleware'

export interface MockServer {
  url: string
  backend: MockBackend
  close(): Promise<void>
}

export interface MockServerOptions {
  port?: number
  latency?: () => number
  now?: () => number
  controls?: boolean
  /** Answer demo.reset and centres.useDataset (they change the demo for every user of the server). */
  demoControls?: boolean
  /** Where the state lives (default: memory, empty). */
  storage?: KeyValueStorage
  /** Check every answer against the contract's result schemas (tests). */
  checkResults?: boolean
}

/** The mock backend on 127.0.0.1 over HTTP, state in memory: for tests and the HTTP transport. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const backend = createMockBackend({
    storage: options.storage ?? createMemoryStorage(),
    latency: options.latency ?? (() => 0),
    now: options.now,
    areas: allAreas,
    checkResults: options.checkResults,
    demoControls: options.demoControls ?? false,
  })
  const middleware = createRpcMiddleware(backend, { controls: options.controls ?? true })
  const server: Server = createServer((req, res) => void middleware(req, res))
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api`,
    backend,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
