import { helpMethods } from '@/contract/help'
import { defineContractArea } from '../../core/area'
import { forgetWithdrawn, helpHandlers } from './handlers'
import { seedHelp } from './seed'
import { HelpStateSchema, type HelpState } from './state'

/** 暖心服务: requests of special families, visible only to the family and its two contacts. */
export const helpArea = defineContractArea({
  name: 'help',
  // Checked after migration: the current version's shape.
  stateSchema: HelpStateSchema,
  schemaVersion: 2,
  seed: seedHelp,
  migrations: {
    // v2: the sharing consent moved to the account (core), where it can be withdrawn.
    1: (stored) => {
      const { consents: _moved, ...state } = stored as HelpState & { consents?: Record<string, string> }
      return state
    },
  },
  contract: helpMethods,
  handlers: helpHandlers,
  forget: forgetWithdrawn,
})
