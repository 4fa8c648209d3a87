import type { CoreApi } from '../../../src/services/api'
import { defineArea } from '../../core/area'
import type { CoreState } from '../../core/core-state'
import { authHandlers } from './auth-handlers'
import { profileHandlers } from './profile-handlers'
import { seedUsers } from './seed-users'

/** Users, sessions and family profiles: what every other area builds on. */
export const coreArea = defineArea<Omit<CoreApi, 'demo.reset'>, CoreState>({
  name: 'core',
  schemaVersion: 1,
  seed: (context) => ({ users: seedUsers(context), sessions: {}, idempotency: [], nextId: 100, resetAt: 0 }),
  handlers: { ...authHandlers, ...profileHandlers },
})
