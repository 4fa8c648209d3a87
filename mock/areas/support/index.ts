import { supportMethods } from '@/contract/support'
import { defineContractArea } from '../../core/area'
import { forgetWithdrawn, supportHandlers } from './handlers'
import { emptySupportState, SupportStateSchema } from './state'

/** 生育支持. Nothing is seeded: the figures are fixtures, and what a family saves starts empty. */
export const supportArea = defineContractArea({
  name: 'support',
  schemaVersion: 1,
  stateSchema: SupportStateSchema,
  seed: emptySupportState,
  contract: supportMethods,
  handlers: supportHandlers,
  forget: forgetWithdrawn,
})
