import type { GenericSchema, InferInput, InferOutput } from 'valibot'

/**
 * One RPC method of the contract: what the client sends (payload) and what it gets back
 * (result), each as a schema, plus a line for the OpenAPI document. Both transports validate
 * every payload against it at the backend's boundary; results are checked in tests.
 */
export interface MethodSchema<P extends GenericSchema = GenericSchema, R extends GenericSchema = GenericSchema> {
  summary: string
  /**
   * The payload key that holds a form's fields (`family` in `{ family }`): field errors are named
   * relative to it, as the form names its fields.
   */
  form?: string
  payload: P
  result: R
}

export type MethodTable = Record<string, MethodSchema>

/** Keeps the literal method names and schema types of an area's table. */
export const methods = <const T extends MethodTable>(table: T): T => table

/** What a caller sends for a method (before the schema trims or fills anything in). */
export type PayloadIn<S extends MethodSchema> = InferInput<S['payload']>
/** What a handler receives: the payload after validation (trimmed, unknown keys dropped). */
export type PayloadOut<S extends MethodSchema> = InferOutput<S['payload']>
/** What the method answers. */
export type ResultOf<S extends MethodSchema> = InferOutput<S['result']>
