import { demoMethods } from '@/contract/core'
import { chinaDate } from '@/domain/dates'
import { ownValue } from '@/domain/own'
import { ROLE_LABELS } from '@/domain/roles'
import { ServiceError } from '@/contract/errors'
import type { RpcHandler, RpcRequest, RpcResponse } from '@/contract/rpc'
import type { MethodSchema } from '@/contract/method'
import { readPayload, resultMismatch } from './contract-check'
import { createIdempotencyStore } from './idempotency'
import type { Access, HandlerContext, HandlerDef, MockArea, SeedContext } from './area'
import type { CoreState, UserRecord } from './core-state'
import { beginTransaction } from './change-tracker'
import { readArea } from './load-area'
import { STORAGE_PREFIX } from './persistence'
import { createWriteQueue, type LoadedArea } from './write-queue'
import { simulatedNetwork, type FailureOptions } from './simulated-network'
import type { KeyValueStorage } from './storage'

export type { FailureOptions } from './simulated-network'

export interface MockBackendOptions {
  storage: KeyValueStorage
  now?: () => number
  /** Milliseconds to wait before answering each call. Default: 100–300 ms, like a mobile network. */
  latency?: () => number
  areas?: MockArea<never>[]
  /**
   * Check every answer against its result schema (tests and development builds; production
   * skips it). A mismatch answers INTERNAL with where the answer drifted from the contract.
   */
  checkResults?: boolean
  /**
   * Whether demo.reset and centres.useDataset are answered. On a phone (in-process) they are:
   * the data is that phone's. A shared HTTP server turns them on only when started to.
   */
  demoControls?: boolean
  /**
   * Told when an area's saved data could not be used (unreadable, unmigratable or the wrong
   * shape): it was kept under a backup key and the area started again from its seed.
   */
  onDataSetAside?: (area: string) => void
  /**
   * When changes reach storage. 'each-call' (default: tests, the HTTP server): before the call
   * answers. 'when-idle' (the app on a phone): gathered and written shortly after, through the
   * storage's asynchronous calls when it has them, so a tap never waits for storage; the app
   * also flushes when it is hidden or unloaded. Reads are served from memory either way.
   */
  persist?: 'each-call' | 'when-idle'
  /** Told when changes could not be written (storage full): they stay in memory and are retried. */
  onSaveFailed?: (error: unknown) => void
}

/** A call whose handler is found, its caller allowed and its payload read against the contract. */
interface Routed {
  loaded: LoadedArea
  def: HandlerDef<unknown, unknown, unknown>
  schema: MethodSchema
  payload: unknown
}

/** Calls that change the demo for everyone on a shared server. */
const DEMO_CONTROLS = new Set(['demo.reset', 'centres.useDataset'])

export interface MockBackend extends RpcHandler {
  /** Adds an area's handlers; on weapp a subpackage registers its own area when it loads. */
  register(area: MockArea<never>): void
  hasMethod(method: string): boolean
  /** Every area back to its seed data. Sessions survive so nobody is signed out. */
  reset(): void
  /** The next `count` calls fail (for testing retries and error states). */
  failNext(count: number, options?: FailureOptions): void
  setLatency(latency: () => number): void
  /** Pins "now" (test controls over HTTP); null: back to the clock the backend was made with. */
  pinNow(ms: number | null): void
  /** Writes every change not yet stored (resolves when storage has them). */
  flush(): Promise<void>
}

export { defaultLatency } from './simulated-network'

function accessError(access: Access, user: UserRecord | null): ServiceError | null {
  if (access === 'public') return null
  if (!user) return new ServiceError('UNAUTHENTICATED', '请先登录后再使用此功能')
  if (access === 'signed-in' || access.includes(user.role)) return null
  const allowed = access.map((role) => ROLE_LABELS[role]).join('、')
  return new ServiceError('FORBIDDEN', `此功能仅向${allowed}开放，当前身份为${ROLE_LABELS[user.role]}`)
}

const KEY_REUSED = new ServiceError(
  'CONFLICT',
  '这次提交的内容与上次不同，但用了同一个请求编号，请重新提交',
  undefined,
  'IDEMPOTENCY_KEY_REUSED',
)

/** A handler answered outside its result schema (only looked for when checkResults is on). */
class ContractDrift extends Error {}

const snapshot = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/**
 * The backend's engine. It is given the core area (accounts, sessions, profiles) rather than
 * importing it, so the engine (mock/core) does not depend on an area: mock/backend.ts joins them.
 */
export function createBackendEngine(options: MockBackendOptions, coreArea: MockArea<CoreState>): MockBackend {
  const { storage } = options
  const clock = options.now ?? (() => Date.now())
  let pinnedNow: number | null = null
  const now = (): number => pinnedNow ?? clock()
  const context = (): SeedContext => {
    const at = now()
    return { now: at, today: chinaDate(at) }
  }

  const idempotency = createIdempotencyStore(storage)
  const areas = new Map<string, LoadedArea>()
  const methods = new Map<string, { loaded: LoadedArea; def: HandlerDef<unknown, unknown, unknown> }>()

  function register(area: MockArea<never>): void {
    const generic = area as unknown as MockArea<unknown>
    if (areas.has(generic.name)) return
    const resetAt = areas.has(coreArea.name) ? core().resetAt : 0
    const read = readArea(storage, generic, context(), resetAt, options.onDataSetAside)
    const loaded: LoadedArea = { area: generic, state: read.state }
    areas.set(generic.name, loaded)
    for (const [method, def] of Object.entries(generic.handlers)) {
      methods.set(method, { loaded, def: def as HandlerDef<unknown, unknown, unknown> })
    }
    // A fresh seed, a migration or an older layout is written out (when idle on a phone: a first
    // visit to a service does not wait for its data to be stored).
    if (read.save === 'whole') changed(generic.name, null)
    else if (read.save.length > 0) changed(generic.name, read.save)
  }

  const core = (): CoreState => areas.get(coreArea.name)!.state as CoreState

  /** Bumped when a call changes a user record; per area, the value its consent sweep last saw. */
  let usersVersion = 0
  const sweptAt = new Map<string, number>()

  const { changed, persist, flush } = createWriteQueue({ storage, areas, now, mode: options.persist ?? 'each-call', onSaveFailed: options.onSaveFailed })

  register(coreArea as unknown as MockArea<never>)
  for (const area of options.areas ?? []) register(area)
  persist()

  function reset(): void {
    const sessions = core().sessions
    const seedContext = context()
    for (const loaded of areas.values()) {
      loaded.state = loaded.area.seed(seedContext)
      changed(loaded.area.name, null)
    }
    core().sessions = sessions
    core().resetAt = seedContext.now
    usersVersion += 1
    idempotency.forgetAll(Object.keys(core().users))
    persist()
  }

  function sessionUser(token: string | null, at: number): UserRecord | null {
    if (!token) return null
    const session = ownValue(core().sessions, token)
    if (!session) return null
    if (session.expiresAt <= at) {
      delete core().sessions[token]
      changed(coreArea.name, [{ area: coreArea.name, collection: 'sessions', key: token }])
      return null
    }
    return ownValue(core().users, session.userId) ?? null
  }

  function dispatch(request: RpcRequest): RpcResponse {
    const response = answer(request)
    persist()
    return response
  }

  function answer(request: RpcRequest): RpcResponse {
    const at = now()
    const user = sessionUser(request.token, at)
    const routed = route(request, user)
    return 'response' in routed ? routed.response : run(routed, request, user, at)
  }

  /** Finds the method's handler and reads the payload: or the answer that the call stops at. */
  function route(request: RpcRequest, user: UserRecord | null): Routed | { response: RpcResponse } {
    const refuse = (error: ServiceError) => ({ response: { ok: false, error: error.toBody() } as RpcResponse })
    if (DEMO_CONTROLS.has(request.method) && options.demoControls === false) {
      return refuse(new ServiceError('FORBIDDEN', '此服务器未开启演示控制，不能重置或切换演示数据'))
    }
    if (request.method === 'demo.reset') {
      if (!user) return refuse(new ServiceError('UNAUTHENTICATED'))
      const read = readPayload(demoMethods['demo.reset'], request.payload)
      if (!read.ok) return refuse(read.error)
      reset()
      return { response: { ok: true, data: { done: true } } }
    }
    const entry = methods.get(request.method)
    if (!entry) return refuse(new ServiceError('NOT_FOUND', `服务暂不可用（${request.method}）`))
    const { loaded, def } = entry
    const denied = accessError(def.access, user)
    if (denied) return refuse(denied)
    const schema = ownValue(loaded.area.contract, request.method)
    if (!schema) return refuse(new ServiceError('INTERNAL', `${request.method} 没有约定的数据格式`))
    const read = readPayload(schema, request.payload)
    if (!read.ok) return refuse(read.error)
    return { loaded, def, schema, payload: read.value }
  }

  /** Runs a routed call: the consent sweep, idempotency, the handler in a transaction. */
  function run({ loaded, def, schema, payload }: Routed, request: RpcRequest, user: UserRecord | null, at: number): RpcResponse {
    // Data whose consent was withdrawn is gone before any call, read or write, can see it (rare:
    // the area is then written whole). Consents live on the user records, so the sweep runs at
    // an area's first call and after a call that changed a user, not on every call.
    if (loaded.area.forget && sweptAt.get(loaded.area.name) !== usersVersion) {
      sweptAt.set(loaded.area.name, usersVersion)
      if (loaded.area.forget(loaded.state, core())) changed(loaded.area.name, null)
    }

    if (def.write && def.requireIdempotencyKey && !request.idempotencyKey) {
      return { ok: false, error: new ServiceError('VALIDATION', '请求缺少幂等键，请重试').toBody() }
    }
    // Keys are the caller's: a call without a session is never keyed (nobody can replay another's).
    const keyed = def.write && user && request.idempotencyKey ? { userId: user.id, key: request.idempotencyKey } : null
    if (keyed) {
      const replay = idempotency.check(keyed.userId, request.method, keyed.key, payload, at)
      if (replay.kind === 'replay') return snapshot(replay.response)
      if (replay.kind === 'reused') return { ok: false, error: KEY_REUSED.toBody() }
    }

    // A read sees the state itself (no proxies to pay for); a write sees it through a
    // transaction, so that what it changed is known (and only that is written) and can be undone.
    const write = def.write ? beginTransaction() : null
    const trackedCore = write ? write.track(coreArea.name, core()) : core()
    const ctx: HandlerContext<unknown> = {
      state: write ? write.track(loaded.area.name, loaded.state as object) : loaded.state,
      core: trackedCore,
      // The caller's record as the handler may change it (a consent, the family): through the
      // transaction too, or the change would be neither stored nor undone.
      user: user && write ? (ownValue(trackedCore.users, user.id) ?? null) : user,
      token: request.token,
      now: at,
      today: chinaDate(at),
    }
    let response: RpcResponse
    try {
      response = { ok: true, data: snapshot(def.handle(ctx, payload)) }
      const mismatch = options.checkResults ? resultMismatch(request.method, schema, response.data) : null
      if (mismatch) throw new ContractDrift(mismatch)
    } catch (error) {
      write?.rollback()
      const failure =
        error instanceof ServiceError ? error : new ServiceError('INTERNAL', error instanceof ContractDrift ? error.message : undefined)
      return { ok: false, error: failure.toBody() }
    }
    if (write) {
      for (const part of write.changed()) {
        changed(part.area, [part])
        if (part.area === coreArea.name && (part.collection === 'users' || part.key === 'users')) usersVersion += 1
      }
      if (keyed) idempotency.remember(keyed.userId, request.method, keyed.key, payload, response, at)
    }
    return response
  }

  const network = simulatedNetwork(dispatch, options.latency)
  return {
    ...network,
    register,
    reset,
    hasMethod: (method) => method === 'demo.reset' || methods.has(method),
    pinNow(ms) {
      pinnedNow = ms
    },
    flush,
  }
}

/** Every key the mock backend writes, so a full wipe can find them. */
export function isMockStorageKey(key: string): boolean {
  return key.startsWith(STORAGE_PREFIX)
}
