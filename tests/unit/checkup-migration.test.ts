import { checkupArea } from '../../mock/areas/checkup'
import type { CheckupState } from '../../mock/areas/checkup/state'
import type { MockArea, SeedContext } from '../../mock/core/area'
import { loadArea } from '../../mock/core/load-area'
import { areaKey } from '../../mock/core/persistence'
import { createMemoryStorage } from '../../mock/core/storage'
import { DEFAULT_NOW } from '../support/clock'

const context: SeedContext = { now: DEFAULT_NOW, today: '2026-11-24' }
const SAVED_AT = '2026-11-20T02:00:00.000Z'
const GOOD_ANSWERS = { residency: 'hukou', marital: 'married', planning: true, pregnant: false, district: '西湖区' }

function load(state: unknown): CheckupState {
  const storage = createMemoryStorage()
  storage.set(areaKey('checkup'), JSON.stringify({ schemaVersion: 1, savedAt: DEFAULT_NOW, state }))
  return loadArea(storage, checkupArea as unknown as MockArea<CheckupState>, context)
}

describe('婚孕检 v1 → v2: what v1 stored without looking', () => {
  it('drops saved answers outside the closed sets, and keeps valid ones as they were', () => {
    const loaded = load({
      answers: {
        'u-good': { answers: GOOD_ANSWERS, savedAt: SAVED_AT, consentEpoch: 1 },
        'u-object': { answers: { ...GOOD_ANSWERS, residency: { hukou: true } }, savedAt: SAVED_AT },
        'u-proto': { answers: { ...GOOD_ANSWERS, marital: 'constructor' }, savedAt: SAVED_AT },
      },
      visits: {},
    })
    expect(loaded.answers).toEqual({ 'u-good': { answers: GOOD_ANSWERS, savedAt: SAVED_AT, consentEpoch: 1 } })
  })

  it('keeps each visit with a real date, drops a note that was an object, and drops unknown visits', () => {
    const loaded = load({
      answers: {},
      visits: {
        'u-parent': {
          lmp: '2026-07-04',
          records: {
            v01: { date: '2026-09-01', note: '建册' },
            v02: { date: '2026-10-01', note: '[object Object]' },
            v03: { date: '2026-02-30' },
            toString: { date: '2026-10-20' },
          },
        },
      },
    })
    expect(loaded.visits['u-parent'].records).toEqual({ v01: { date: '2026-09-01', note: '建册' }, v02: { date: '2026-10-01' } })
  })
})

describe('婚孕检 v2 → v3: a history of past pregnancies', () => {
  const loadV2 = (state: unknown) => {
    const storage = createMemoryStorage()
    storage.set(areaKey('checkup'), JSON.stringify({ schemaVersion: 2, savedAt: DEFAULT_NOW, state }))
    return { storage, loaded: loadArea(storage, checkupArea as unknown as MockArea<CheckupState>, context) }
  }

  it('starts every history empty and keeps the rest as it was', () => {
    const visits = { 'u-parent': { lmp: '2026-07-04', records: { v01: { date: '2026-09-01', note: '建册' } }, consentEpoch: 1 } }
    const answers = { 'u-good': { answers: GOOD_ANSWERS, savedAt: SAVED_AT } }
    const { storage, loaded } = loadV2({ answers, visits })
    expect(loaded).toEqual({ answers, visits, history: {} })
    // Stored again at the new version, nothing set aside.
    expect(storage.get(`${areaKey('checkup')}:backup-v2`)).toBeNull()
    expect(storage.get(`${areaKey('checkup')}:invalid-v3`)).toBeNull()
  })
})
