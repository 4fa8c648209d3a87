/**
 * For the contract sweeps: the whole backend on one transport with its storage in view, and for
 * every method who may call it, so each malformed call is made by someone the method admits.
 */
import { allAreas } from '../../mock/all-areas'
import { coreArea } from '../../mock/areas/core'
import type { Access, HandlerDef } from '../../mock/core/area'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage } from '../../mock/core/storage'
import { startMockServer, type MockServer } from '../../mock/http/server'
import type { Role } from '@/domain/roles'
import { createHttpTransport } from '@/services/http-transport'
import { setSessionToken } from '@/services/session-token'
import { createInProcessTransport, untyped, type Transport, type UntypedCall } from '@/services/transport'
import { createTestClock } from './clock'

const IDENTITY: Record<Role, string> = { parent: 'u-parent', instructor: 'u-instructor', special_family: 'u-special', contact: 'u-contact', association: 'u-association' }

export interface MethodInfo {
  access: Access
  write: boolean
}

/** Each method's handler options, from the areas themselves. */
export function methodInfo(): Map<string, MethodInfo> {
  const info = new Map<string, MethodInfo>()
  for (const area of [coreArea, ...allAreas]) {
    for (const [method, def] of Object.entries(area.handlers)) {
      const handler = def as HandlerDef<unknown, unknown, unknown>
      info.set(method, { access: handler.access, write: !!handler.write })
    }
  }
  info.set('demo.reset', { access: 'signed-in', write: true })
  return info
}

export interface SweepBackend {
  call: UntypedCall
  /** Every stored key and value, to show a refused call changed nothing. */
  stored(): string
  /** Signs in as someone the access admits (nobody for public methods); fresh: a new session. */
  actAs(access: Access, options?: { fresh?: boolean }): Promise<void>
  close(): Promise<void>
}

export async function sweepBackend(kind: 'in-process' | 'http'): Promise<SweepBackend> {
  const storage = createMemoryStorage()
  const clock = createTestClock()
  let transport: Transport
  let server: MockServer | null = null
  if (kind === 'http') {
    server = await startMockServer({ storage, now: clock.now, latency: () => 0, demoControls: true })
    transport = createHttpTransport(server.url)
  } else {
    const backend = createMockBackend({ storage, now: clock.now, latency: () => 0, areas: allAreas, demoControls: true })
    transport = createInProcessTransport(backend)
  }
  const call = untyped(transport)
  const tokens = new Map<string, string>()
  return {
    call,
    stored: () => JSON.stringify(storage.keys().sort().map((key) => [key, storage.get(key)])),
    async actAs(access, { fresh = false } = {}) {
      if (access === 'public') {
        setSessionToken(null)
        return
      }
      const role: Role = access === 'signed-in' ? 'parent' : access[0]
      const identity = IDENTITY[role]
      if (fresh || !tokens.has(identity)) {
        setSessionToken(null)
        const session = (await call('auth.signIn', { identityId: identity })) as { token: string }
        tokens.set(identity, session.token)
      }
      setSessionToken(tokens.get(identity)!)
    },
    async close() {
      setSessionToken(null)
      if (server) await server.close()
    },
  }
}
