/**
 * Names every object inherits — __proto__, constructor, toString, hasOwnProperty — sent wherever
 * a method takes an id, a choice or any text, on both transports. Lookups must use own keys only:
 * no answer is INTERNAL, and Object.prototype is the same afterwards.
 */
import { wholeContract } from '@/contract/all'
import { ServiceError } from '@/contract/errors'
import { fieldsOf, sample, setPath } from '../support/schema-walk'
import { methodInfo, sweepBackend, type SweepBackend } from '../support/sweep-harness'

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
const info = methodInfo()
const KEYISH = new Set(['id', 'enum', 'text', 'pattern'])
const methodsWithKeys = Object.keys(wholeContract).filter((method) =>
  fieldsOf(wholeContract[method].payload).some((field) => KEYISH.has(field.kind)),
)

const prototypeShape = () =>
  JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort().map((name) => [name, typeof (Object.prototype as Record<string, unknown>)[name]]))

// Dozens of calls per test, some with 900 KB bodies: generous, so a busy machine cannot fail it.
jest.setTimeout(120_000)

describe.each(['in-process', 'http'] as const)('prototype names as ids, choices and text [%s]', (kind) => {
  let backend: SweepBackend
  const shape = prototypeShape()
  beforeAll(async () => {
    backend = await sweepBackend(kind)
  })
  afterAll(() => backend.close())

  it.each(methodsWithKeys)('%s: never INTERNAL, Object.prototype untouched', async (method) => {
    const schema = wholeContract[method].payload
    const base = sample(schema)
    const internal: string[] = []
    for (const field of fieldsOf(schema).filter((candidate) => KEYISH.has(candidate.kind))) {
      for (const name of NAMES) {
        // Signed in afresh each time: a method like auth.signOut ends the session it is given.
        await backend.actAs(info.get(method)!.access, { fresh: method === 'auth.signOut' })
        const payload = setPath(base, field.path, name)
        const code = await backend.call(method, payload, { idempotencyKey: `proto-${field.path.join('.')}-${name}` }).then(
          () => 'OK',
          (error: unknown) => (error instanceof ServiceError ? error.code : 'THROWN'),
        )
        if (code === 'INTERNAL' || code === 'THROWN') internal.push(`${field.path.join('.')} = ${name} → ${code}`)
      }
    }
    expect(internal).toEqual([])
    expect(prototypeShape()).toBe(shape)
    expect(({} as Record<string, unknown>).weappOpenId).toBeUndefined()
  })
})
