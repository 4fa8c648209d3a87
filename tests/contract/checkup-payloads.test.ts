import { ServiceError } from '@/contract/errors'
import { describeContract, type ContractHarness } from '../support/transports'

// What a hostile or outdated client can send to 婚孕检, beyond what the typed client allows: each
// is refused as VALIDATION (or NOT_FOUND for a well-formed id nobody gave out), never INTERNAL,
// and nothing is stored. Long strings stay under the HTTP server's 1 MB body limit, which refuses
// bigger bodies before any schema sees them. The clock is 2026-11-24; 林晓雯 (u-parent) is at 孕20周+3天.

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const
const VALID_ANSWERS = { residency: 'hukou', marital: 'married', planning: true, pregnant: false, district: '西湖区' }

/** The error a call answered with (fails the test if it succeeded). */
async function refusal(call: Promise<unknown>): Promise<ServiceError> {
  let caught: unknown = null
  try {
    await call
  } catch (error) {
    caught = error
  }
  if (!(caught instanceof ServiceError)) throw new Error(`expected a refusal, got ${caught === null ? 'an answer' : String(caught)}`)
  return caught
}

async function expectRefused(call: Promise<unknown>, codes: readonly string[] = ['VALIDATION']): Promise<ServiceError> {
  const error = await refusal(call)
  expect(codes).toContain(error.code)
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
  return error
}

function prototypeUntouched(): void {
  const plain: Record<string, unknown> = {}
  for (const key of ['date', 'note', 'answers', 'residency', 'records', 'lmp']) expect(plain[key]).toBeUndefined()
}

async function withConsent(h: () => ContractHarness): Promise<void> {
  await h().signInAs('u-instructor')
  await h().call('profile.grantConsent', { scope: 'checkup-answers' })
}

describeContract('婚孕检 saveAnswers refuses answers outside their closed sets', (h) => {
  const save = (answers: unknown, key: string) => h().rawCall('checkup.saveAnswers', { answers }, { idempotencyKey: key })

  it('refuses a residency or marital status that is not one of the choices, at its field', async () => {
    await withConsent(h)
    const wrongResidencies: unknown[] = ['citizen', '', 42, null, {}, ['hukou'], '<b>hukou</b>', 'hukou😀', ...PROTOTYPE_NAMES]
    for (const [index, residency] of wrongResidencies.entries()) {
      const error = await expectRefused(save({ ...VALID_ANSWERS, residency }, `residency-${index}`))
      expect(error.fieldErrors?.residency).toBe('请选择户籍或居住情况')
    }
    for (const [index, marital] of ['single', 7, { married: true }, ...PROTOTYPE_NAMES].entries()) {
      const error = await expectRefused(save({ ...VALID_ANSWERS, marital }, `marital-${index}`))
      expect(error.fieldErrors?.marital).toBe('请选择婚姻状况')
    }
    await expect(h().call('checkup.myAnswers')).resolves.toBeNull()
    prototypeUntouched()
  })

  it('refuses yes/no answers that are not yes or no, districts not in the city, and dates that do not exist', async () => {
    await withConsent(h)
    const wrong: Array<[string, Record<string, unknown>]> = [
      ['planning', { planning: 'yes' }],
      ['planning', { planning: 1 }],
      ['pregnant', { pregnant: 'true' }],
      ['pregnant', { pregnant: null }],
      ['district', { district: '火星区' }],
      ['district', { district: 'x'.repeat(100_000) }],
      ['district', { district: { name: '西湖区' } }],
      ['district', { district: '__proto__' }],
      ['lmp', { pregnant: true, lmp: '2026-02-30' }],
      ['lmp', { pregnant: true, lmp: ['2026-07-04'] }],
      ['lmp', { pregnant: false, lmp: '2026-13-01' }],
    ]
    for (const [index, [field, patch]] of wrong.entries()) {
      const error = await expectRefused(save({ ...VALID_ANSWERS, ...patch }, `wrong-${index}`))
      expect(Object.keys(error.fieldErrors ?? {})).toContain(field)
    }
    for (const [index, answers] of [null, 'hukou', [VALID_ANSWERS], 12].entries()) await expectRefused(save(answers, `shape-${index}`))
    await expect(h().call('checkup.myAnswers')).resolves.toBeNull()
  })

  it('keeps exactly the known answers: unknown keys are dropped, and the advice is there', async () => {
    await withConsent(h)
    const saved = (await save({ ...VALID_ANSWERS, marital: 'registering', consentEpoch: 99, isAdmin: true, savedAt: 'x' }, 'extra')) as {
      answers: Record<string, unknown>
    }
    expect(saved.answers).toEqual({ ...VALID_ANSWERS, marital: 'registering' })
    await expect(h().call('checkup.myAnswers')).resolves.toEqual(saved)
  })
})

describeContract('婚孕检 markVisit and unmarkVisit refuse malformed visits', (h) => {
  const mark = (payload: unknown, key: string) => h().rawCall('checkup.markVisit', payload, { idempotencyKey: key })
  const records = async () => (await h().call('checkup.timeline')).records

  it('refuses a note that is not text, or too long, instead of storing "[object Object]"', async () => {
    await h().signInAs('u-parent')
    const before = await records()
    for (const [index, note] of [{ text: '正常' }, ['正常'], 12345, true, '很'.repeat(201), 'x'.repeat(100_000)].entries()) {
      const error = await expectRefused(mark({ visitId: 'v04', date: '2026-11-22', note }, `note-${index}`))
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(['note'])
    }
    await expect(records()).resolves.toEqual(before)
    expect(JSON.stringify(await h().call('checkup.timeline'))).not.toContain('[object Object]')
  })

  it('refuses dates that are not real calendar dates, and visit ids that are not ids', async () => {
    await h().signInAs('u-parent')
    const before = await records()
    for (const [index, date] of ['2026-02-30', '2026-11-31', '22/11/2026', 20261122, { y: 2026 }, null, '<script>', '2026-11-22😀'].entries()) {
      const error = await expectRefused(mark({ visitId: 'v04', date }, `date-${index}`))
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(['date'])
    }
    for (const [index, visitId] of [{ id: 'v04' }, ['v04'], 4, null, '', '<v04>', 'v04😀', 'v'.repeat(100_000)].entries()) {
      await expectRefused(mark({ visitId, date: '2026-11-22' }, `id-${index}`))
      await expectRefused(h().rawCall('checkup.unmarkVisit', { visitId }, { idempotencyKey: `unmark-id-${index}` }))
    }
    await expect(records()).resolves.toEqual(before)
  })

  it('answers prototype names as visit ids with NOT_FOUND or VALIDATION, and changes nothing', async () => {
    await h().signInAs('u-parent')
    const before = await records()
    for (const visitId of PROTOTYPE_NAMES) {
      await expectRefused(mark({ visitId, date: '2026-11-22', note: '正常' }, `mark-${visitId}`), ['NOT_FOUND', 'VALIDATION'])
      await expectRefused(h().rawCall('checkup.unmarkVisit', { visitId }, { idempotencyKey: `unmark-${visitId}` }), ['NOT_FOUND', 'VALIDATION'])
    }
    await expect(records()).resolves.toEqual(before)
    prototypeUntouched()
  })
})

describeContract('婚孕检 programme and institutions take only known programmes and districts', (h) => {
  it('answers an id that is not a programme with VALIDATION or NOT_FOUND, never INTERNAL', async () => {
    for (const id of [...PROTOTYPE_NAMES, 'dental', '', { id: 'premarital' }, ['premarital'], 1, null, 'x'.repeat(100_000)]) {
      await expectRefused(h().rawCall('checkup.programme', { id }), ['VALIDATION', 'NOT_FOUND'])
    }
    await expectRefused(h().rawCall('checkup.programme', 'premarital'), ['VALIDATION'])
  })

  it('refuses a district or programme filter outside the closed sets, instead of answering an empty list', async () => {
    const wrong: Array<Record<string, unknown>> = [
      { district: '火星区' },
      { district: 'x'.repeat(100_000) },
      { district: { name: '西湖区' } },
      { district: ['西湖区'] },
      { district: 3 },
      { programme: ['premarital'] },
      { programme: 'dental' },
      ...PROTOTYPE_NAMES.flatMap((name) => [{ district: name }, { programme: name }]),
    ]
    for (const query of wrong) {
      const error = await expectRefused(h().rawCall('checkup.institutions', query))
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(Object.keys(query))
    }
    await expectRefused(h().rawCall('checkup.institutions', '西湖区'))
    await expectRefused(h().rawCall('checkup.institutions', [{ district: '西湖区' }]))
    prototypeUntouched()
  })

  it('still answers the whole list with no filter, and drops unknown filters', async () => {
    const all = await h().call('checkup.institutions')
    const withExtra = await h().rawCall('checkup.institutions', { page: 99, pageSize: 1_000_000, sort: '__proto__' })
    expect(withExtra).toEqual(all)
    expect(all.items.length).toBeGreaterThan(10)
  })
})

describeContract('婚孕检 looks keys up among its own only', (h) => {
  it('answers every prototype name, wherever the caller names a key, with VALIDATION or NOT_FOUND', async () => {
    await h().signInAs('u-parent')
    const timeline = await h().call('checkup.timeline')
    for (const name of PROTOTYPE_NAMES) {
      const calls: Array<[string, unknown]> = [
        ['checkup.programme', { id: name }],
        ['checkup.institutions', { district: name }],
        ['checkup.institutions', { programme: name }],
        ['checkup.saveAnswers', { answers: { ...VALID_ANSWERS, residency: name } }],
        ['checkup.saveAnswers', { answers: { ...VALID_ANSWERS, marital: name } }],
        ['checkup.saveAnswers', { answers: { ...VALID_ANSWERS, district: name } }],
        ['checkup.markVisit', { visitId: name, date: '2026-11-20' }],
        ['checkup.unmarkVisit', { visitId: name }],
      ]
      for (const [index, [method, payload]] of calls.entries()) {
        await expectRefused(h().rawCall(method, payload, { idempotencyKey: `${name}-${index}` }), ['VALIDATION', 'NOT_FOUND'])
      }
    }
    await expect(h().call('checkup.myAnswers')).resolves.toBeNull()
    await expect(h().call('checkup.timeline')).resolves.toEqual(timeline)
    prototypeUntouched()
  })
})
