/**
 * Every write method of the contract, sent malformed payloads on both transports: whole payloads
 * of the wrong type, each field missing, null, of the wrong type, too long, out of range, an
 * impossible date, a prototype name, markup or emoji where an id, a choice or a date belongs.
 * Every one must answer VALIDATION with a Chinese message (never INTERNAL), and change nothing
 * stored. Extra fields are dropped: the call answers as it would without them.
 */
import { mkdirSync, writeFileSync } from 'fs'
import { wholeContract } from '@/contract/all'
import { ServiceError } from '@/contract/errors'
import { badValuesFor, fieldsOf, sample, setPath, WRONG_PAYLOADS } from '../support/schema-walk'
import { methodInfo, sweepBackend, type SweepBackend } from '../support/sweep-harness'

const info = methodInfo()
const writeMethods = Object.keys(wholeContract).filter((method) => info.get(method)?.write)

function malformedPayloads(method: string): Array<[string, unknown]> {
  const schema = wholeContract[method].payload
  const base = sample(schema)
  const payloads: Array<[string, unknown]> = WRONG_PAYLOADS.map(([name, value]) => [`payload is ${name}`, value])
  for (const field of fieldsOf(schema)) {
    const at = field.path.join('.')
    if (field.required) payloads.push([`${at} missing`, setPath(base, field.path, undefined)])
    for (const [name, value] of badValuesFor(field)) payloads.push([`${at} is ${name}`, setPath(base, field.path, value)])
  }
  return payloads
}

async function outcomeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
    return { code: 'OK', message: '' }
  } catch (error) {
    return error instanceof ServiceError ? { code: error.code, message: error.message } : { code: 'THROWN', message: String(error) }
  }
}

const tally: Record<string, { methods: number; payloads: number; outcomes: Record<string, number> }> = {}

afterAll(() => {
  mkdirSync('artifacts', { recursive: true })
  writeFileSync('artifacts/contract-sweep.json', `${JSON.stringify(tally, null, 2)}\n`)
})

// Dozens of calls per test, some with 900 KB bodies: generous, so a busy machine cannot fail it.
jest.setTimeout(120_000)

describe.each(['in-process', 'http'] as const)('malformed payloads to every write method [%s]', (kind) => {
  let backend: SweepBackend
  beforeAll(async () => {
    backend = await sweepBackend(kind)
    tally[kind] = { methods: 0, payloads: 0, outcomes: {} }
  })
  afterAll(() => backend.close())

  it('covers every write method of the contract', () => {
    expect(writeMethods.length).toBeGreaterThan(20)
  })

  it.each(writeMethods)('%s: at least 20 malformed payloads, each VALIDATION in Chinese, nothing stored', async (method) => {
    await backend.actAs(info.get(method)!.access)
    const payloads = malformedPayloads(method)
    expect(payloads.length).toBeGreaterThanOrEqual(20)
    const wrong: string[] = []
    tally[kind].methods += 1
    for (const [name, payload] of payloads) {
      const before = backend.stored()
      const { code, message } = await outcomeOf(backend.call(method, payload, { idempotencyKey: `sweep-${method}-${name}` }))
      tally[kind].payloads += 1
      tally[kind].outcomes[code] = (tally[kind].outcomes[code] ?? 0) + 1
      if (code !== 'VALIDATION') wrong.push(`${name} → ${code} ${message}`)
      else if (!/[\u4e00-\u9fa5]/.test(message)) wrong.push(`${name} → message not in Chinese: ${message}`)
      else if (backend.stored() !== before) wrong.push(`${name} → refused, but something was stored`)
    }
    expect(wrong).toEqual([])
  })

  it.each(writeMethods)('%s: extra fields are dropped, the call answers as without them', async (method) => {
    const base = sample(wholeContract[method].payload)
    const extra = { ...(base as object), isAdmin: true, role: 'contact', '<script>': 'x', 额外: '字段' }
    // A fresh session each time: auth.signOut ends the one it is called with.
    await backend.actAs(info.get(method)!.access, { fresh: true })
    const plain = await outcomeOf(backend.call(method, base, { idempotencyKey: `plain-${method}` }))
    await backend.actAs(info.get(method)!.access, { fresh: true })
    const withExtra = await outcomeOf(backend.call(method, extra, { idempotencyKey: `extra-${method}` }))
    // The same rule answers both (a duplicate booking may answer CONFLICT the second time).
    if (plain.code === 'OK') expect(['OK', 'CONFLICT']).toContain(withExtra.code)
    else expect(withExtra.code).toBe(plain.code)
  })
})
