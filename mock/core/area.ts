import type { GenericSchema } from 'valibot'
import type { MethodTable, PayloadOut, ResultOf } from '@/contract/method'
import type { DateString } from '@/domain/dates'
import type { Role } from '@/domain/roles'
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

interface HandlerOptions {
  /** Writes are saved after they succeed and honour an idempotency key. */
  write?: boolean
  /** Refuse the call unless it carries an idempotency key (creating things must be replay-safe). */
  requireIdempotencyKey?: boolean
}

/**
 * A handler of a contract method: it receives the payload already validated against the method's
 * schema (trimmed, unknown keys dropped) and answers the method's result. One for signed-in
 * callers gets a non-null user by type.
 */
export type ContractHandler<S, P, R> =
  | (HandlerOptions & { access: 'public'; handle(ctx: HandlerContext<S>, payload: P): R })
  | (HandlerOptions & { access: 'signed-in' | readonly Role[]; handle(ctx: AuthedContext<S>, payload: P): R })

export type ContractHandlers<T extends MethodTable, S> = {
  [M in keyof T]: ContractHandler<S, PayloadOut<T[M]>, ResultOf<T[M]>>
}

export interface MockArea<S = unknown> {
  /** Also the storage key suffix. */
  name: string
  /** Bump when the stored shape changes, and add a migration from the previous version. */
  schemaVersion: number
  seed(context: SeedContext): S
  /** migrations[n] turns stored version n into version n + 1. */
  migrations?: Record<number, (stored: unknown, context: SeedContext) => unknown>
  /**
   * Per collection, the version of its records' shape, and migrations[n] turning one record
   * stored at version n into version n + 1: a change to one collection's records migrates and
   * stores again only that collection (the area's schemaVersion is for changes across it).
   */
  collections?: Record<string, CollectionVersion>
  handlers: Record<string, HandlerDef<S, never, unknown>>
  /** The area's method schemas: every payload is validated against them before its handler runs. */
  contract: MethodTable
  /** The stored state's shape: what is loaded is checked against it (wrong: backed up, re-seeded). */
  stateSchema?: GenericSchema
  forget?: ForgetWithdrawn<S>
}

export interface CollectionVersion {
  version: number
  migrations?: Record<number, (record: unknown, key: string, context: SeedContext) => unknown>
}

/**
 * Deletes what a withdrawn consent no longer covers (src/domain/consents.ts keptUnderConsent).
 * The backend runs it before each of the area's calls, so an area that was not loaded when the
 * consent was withdrawn (a weapp subpackage not opened yet) catches up before anything can read
 * the data. Answers true when it removed something, so the backend saves the area.
 */
export type ForgetWithdrawn<S> = (state: S, core: CoreState) => boolean

/** An area whose methods are in the contract: handlers typed from the schemas, payloads validated. */
export function defineContractArea<T extends MethodTable, S>(area: {
  name: string
  schemaVersion: number
  seed(context: SeedContext): S
  migrations?: Record<number, (stored: unknown, context: SeedContext) => unknown>
  collections?: Record<string, CollectionVersion>
  contract: T
  handlers: ContractHandlers<T, S>
  stateSchema?: GenericSchema
  forget?: ForgetWithdrawn<S>
}): MockArea<S> {
  return area as unknown as MockArea<S>
}
