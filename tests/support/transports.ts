import { allAreas } from '../../mock/all-areas'
import { createMockBackend, type MockBackend } from '../../mock/backend'
import { createMemoryStorage } from '../../mock/core/storage'
import { startMockServer, type MockServer } from '../../mock/http/server'
import { createHttpTransport } from '@/services/http-transport'
import { setSessionToken } from '@/services/session-token'
import { createInProcessTransport, untyped, type Transport, type UntypedCall } from '@/services/transport'
import { createTestClock, type TestClock } from './clock'
import { externalServer } from './external-server'

export interface ContractHarness {
  /** The typed client on this transport: call('auth.signIn', { identityId }). */
  call: Transport['call']
  /** Sends what the types forbid (wrong payloads, unknown methods), as a hostile client would. */
  rawCall: UntypedCall
  /** For feature services built on the same transport (createCheckupService(transport), …). */
  transport: Transport
  backend: MockBackend
  clock: TestClock
  /** Signs in as a seeded demo identity and makes later calls carry its token. */
  signInAs(identityId: string): Promise<void>
  signOutLocally(): void
}

type Kind = 'in-process' | 'http' | 'external'
/**
 * `API_BASE=http://host:port/api npm run test:contract` runs the suites against that server
 * instead (one started with the test controls: `npm run mock:server -- --test-controls`, or a real
 * backend implementing them; README, "The service contract").
 */
const EXTERNAL_BASE = process.env.API_BASE
export const TRANSPORTS: Kind[] = EXTERNAL_BASE ? ['external'] : ['in-process', 'http']

/**
 * Runs one contract suite against both transports: the in-process mock, and the same handlers
 * over HTTP on 127.0.0.1. A fresh backend (seed data, fixed clock) for every test.
 */
export function describeContract(name: string, body: (harness: () => ContractHarness) => void): void {
  describe.each(TRANSPORTS)(`${name} [%s]`, (kind) => {
    let harness: ContractHarness | null = null
    let server: MockServer | null = null

    beforeEach(async () => {
      const clock = createTestClock()
      let transport: Transport
      let backend: MockBackend
      if (kind === 'external') {
        const external = await externalServer(EXTERNAL_BASE!, clock)
        backend = external.backend
        transport = external.transport
      } else if (kind === 'http') {
        server = await startMockServer({ now: clock.now, latency: () => 0, checkResults: true, demoControls: true })
        backend = server.backend
        transport = createHttpTransport(server.url)
      } else {
        backend = createMockBackend({ storage: createMemoryStorage(), now: clock.now, latency: () => 0, areas: allAreas, checkResults: true })
        transport = createInProcessTransport(backend)
      }
      const call = transport.call.bind(transport) as Transport['call']
      setSessionToken(null)
      harness = {
        call,
        rawCall: untyped(transport),
        transport,
        backend,
        clock,
        async signInAs(identityId) {
          const session = await call('auth.signIn', { identityId })
          setSessionToken(session.token)
        },
        signOutLocally: () => setSessionToken(null),
      }
    })

    afterEach(async () => {
      setSessionToken(null)
      if (server) await server.close()
      server = null
    })

    body(() => harness!)
  })
}
