import { coreArea } from '../../mock/areas/core'
import { helpArea } from '../../mock/areas/help'
import type { MockArea, SeedContext } from '../../mock/core/area'
import type { CoreState } from '../../mock/core/core-state'
import { loadArea } from '../../mock/core/load-area'
import { areaKey } from '../../mock/core/persistence'
import { createMemoryStorage } from '../../mock/core/storage'
import type { HelpState } from '../../mock/areas/help/state'
import { DEFAULT_NOW } from '../support/clock'

const context: SeedContext = { now: DEFAULT_NOW, today: '2026-11-24' }
const GIVEN = '2026-10-25T02:00:00.000Z'

/** What an earlier version of the app left in storage for an area. */
function storedV1(name: string, state: unknown) {
  const storage = createMemoryStorage()
  storage.set(areaKey(name), JSON.stringify({ schemaVersion: 1, savedAt: DEFAULT_NOW, state }))
  return storage
}

describe('consents kept before they could be withdrawn', () => {
  it('core v1 → v2: the family-health consent, which covered the guided-check answers, stands for them too', () => {
    const seeded = coreArea.seed(context)
    const v1 = JSON.parse(JSON.stringify(seeded)) as CoreState
    v1.users['u-parent'].consents = { familyHealth: GIVEN } as CoreState['users'][string]['consents']
    v1.users['u-special-2'].consents = { familyHealth: null } as CoreState['users'][string]['consents']
    const loaded = loadArea(storedV1('core', v1), coreArea as unknown as MockArea<CoreState>, context)
    expect(loaded.users['u-parent'].consents).toEqual({ familyHealth: GIVEN, checkupAnswers: GIVEN, helpSharing: null })
    // Sharing help was recorded by 暖心服务, which core cannot read: she is asked again.
    expect(loaded.users['u-special-2'].consents).toEqual({ familyHealth: null, checkupAnswers: null, helpSharing: null })
  })

  it('help v1 → v2 → v3: the consents it kept are dropped (they are the account’s now); requests stay; the contacts’ record and the care profiles start empty', () => {
    const { contactLogs: _logs, nextLogId: _next, careSince: _since, careProfiles: _profiles, ...requestsOnly } = helpArea.seed(context)
    const v1 = { ...requestsOnly, consents: { 'u-special-2': GIVEN } }
    const loaded = loadArea(storedV1('help', v1), helpArea as unknown as MockArea<HelpState>, context)
    expect(loaded).toEqual({ ...requestsOnly, contactLogs: {}, nextLogId: 1, careSince: {}, careProfiles: {} })
    expect('consents' in loaded).toBe(false)
  })
})
