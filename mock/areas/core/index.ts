import { authMethods, profileMethods } from '@/contract/core'
import { defineContractArea } from '../../core/area'
import { CoreStateSchema, type CoreState, type UserRecord } from '../../core/core-state'
import { authHandlers } from './auth-handlers'
import { profileHandlers } from './profile-handlers'
import { seedUsers } from './seed-users'

/** Users, sessions and family profiles: what every other area builds on. */
export const coreArea = defineContractArea({
  name: 'core',
  contract: { ...authMethods, ...profileMethods },
  stateSchema: CoreStateSchema,
  schemaVersion: 3,
  seed: (context): CoreState => ({ users: seedUsers(context), sessions: {}, nextId: 100, resetAt: 0 }),
  migrations: {
    // v2 records the guided-check answers and help-sharing consents here. Until then saving
    // answers needed the family-health consent, so that one stands for them; help sharing was kept
    // by 暖心服务, which core cannot read: those families are asked again before their next request.
    1: (stored) => {
      const state = stored as CoreState
      for (const user of Object.values(state.users) as UserRecord[]) {
        user.consents = { familyHealth: user.consents.familyHealth ?? null, checkupAnswers: user.consents.familyHealth ?? null, helpSharing: null }
      }
      return state
    },
    // v3 keeps idempotency records per user under their own keys (mock/core/idempotency.ts).
    2: (stored) => {
      const { idempotency: _dropped, ...state } = stored as CoreState & { idempotency?: unknown }
      return state
    },
  },
  handlers: { ...authHandlers, ...profileHandlers },
})
