import { careMethods } from '@/contract/care'
import { careAdminMethods } from '@/contract/care-admin'
import { helpMethods } from '@/contract/help'
import { defineContractArea } from '../../core/area'
import { adminHandlers } from './admin-handlers'
import { careHandlers } from './care-handlers'
import { forgetWithdrawn, helpHandlers } from './handlers'
import { seedHelp } from './seed'
import { HelpStateSchema, type HelpState } from './state'

/**
 * 暖心服务: requests of special families, visible only to the family and its two contacts, and the
 * contacts' record of their calls and visits (care.*), which needs the requests beside it.
 */
export const helpArea = defineContractArea({
  name: 'help',
  // Checked after migration: the current version's shape.
  stateSchema: HelpStateSchema,
  schemaVersion: 3,
  seed: seedHelp,
  migrations: {
    // v2: the sharing consent moved to the account (core), where it can be withdrawn.
    1: (stored) => {
      const { consents: _moved, ...state } = stored as HelpState & { consents?: Record<string, string> }
      return state
    },
    // v3: the contacts' own record of calls and visits (issue 18); families count from today. No
    // family has a birth year or 家庭医生 on file yet (我的三个全覆盖 then says so).
    2: (stored) => ({ ...(stored as HelpState), contactLogs: {}, nextLogId: 1, careSince: {}, careProfiles: {} }),
  },
  contract: { ...helpMethods, ...careMethods, ...careAdminMethods },
  handlers: { ...helpHandlers, ...careHandlers, ...adminHandlers },
  forget: forgetWithdrawn,
})
