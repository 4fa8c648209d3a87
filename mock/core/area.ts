import type { DateString } from '../../src/domain/dates'
import type { Role } from '../../src/domain/roles'
import type { ApiMethod } from '../../src/services/api'
import type { CoreState, UserRecord } from './core-state'

/** Who may call a handler. The backend checks it on every call; hiding a button is not enough. */
export type Access = 'public' | 'signed-in' | readonly Role[]

export interface SeedContext {
  today: DateString
  now: number
}

export interface HandlerContext<S> {
  /** This area's state; handlers change it in place, synchronously, and the backend saves it. */
  state: S
  /** Users, sessions and the rest of the core area, for rules that span areas. */
  core: CoreState
  /** The signed-in caller; null only for public handlers. */
  user: UserRecord | null
  token: string | null
  now: number
  today: DateString
}

/** A signed-in handler's context: the user is known. */
export type AuthedContext<S> = HandlerContext<S> & { user: UserRecord }

export interface HandlerDef<S, P, R> {
  access: Access
  /** Writes are saved after they succeed and honour an idempotency key. */
  write?: boolean
  /** Refuse the call unless it carries an idempotency key (creating things must be replay-safe). */
  requireIdempotencyKey?: boolean
  /**
   * Synchronous on purpose: each call checks and writes in one step, so no two calls can
   * interleave between a rule's check and its write (capacity, double booking).
   */
  handle(ctx: HandlerContext<S>, payload: P): R
}

export type HandlerMap<Api, S> = {
  [M in keyof Api]: Api[M] extends ApiMethod<infer P, infer R> ? HandlerDef<S, P, R> : never
}

export interface MockArea<S = unknown> {
  /** Also the storage key suffix. */
  name: string
  /** Bump when the stored shape changes, and add a migration from the previous version. */
  schemaVersion: number
  seed(context: SeedContext): S
  /** migrations[n] turns stored version n into version n + 1. */
  migrations?: Record<number, (stored: unknown, context: SeedContext) => unknown>
  handlers: Record<string, HandlerDef<S, never, unknown>>
  forget?: ForgetWithdrawn<S>
}

/**
 * Deletes what a withdrawn consent no longer covers (src/domain/consents.ts keptUnderConsent).
 * The backend runs it before each of the area's calls, so an area that was not loaded when the
 * consent was withdrawn (a weapp subpackage not opened yet) catches up before anything can read
 * the data. Answers true when it removed something, so the backend saves the area.
 */
export type ForgetWithdrawn<S> = (state: S, core: CoreState) => boolean

/** Lets a typed handler map be stored in the area's loosely typed table. */
export function defineArea<Api, S>(area: {
  name: string
  schemaVersion: number
  seed(context: SeedContext): S
  migrations?: Record<number, (stored: unknown, context: SeedContext) => unknown>
  handlers: HandlerMap<Api, S>
  forget?: ForgetWithdrawn<S>
}): MockArea<S> {
  return area as unknown as MockArea<S>
}
