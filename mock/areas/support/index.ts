import { supportMethods } from '@/contract/support'
import { defineContractArea, type SeedContext } from '../../core/area'
import { forgetWithdrawn, supportHandlers } from './handlers'
import { emptySupportState, SupportStateSchema, type SupportState } from './state'

/**
 * 林晓雯 did 乐乐's 出生一件事 in her first weeks (乐乐 is seeded at 14 months); the 育儿补贴, a
 * scheme newer than 乐乐, is the one left. Figures are fixtures and are never stored.
 */
function seedSupport({ now }: SeedContext): SupportState {
  const state = emptySupportState()
  const doneOn = new Date(now - 400 * 24 * 60 * 60 * 1000).toISOString()
  const done = ['birth-certificate', 'vaccination', 'hukou', 'medical-insurance', 'social-security-card', 'maternity-allowance']
  state.ticks['u-parent'] = { byChild: { 'child-1': Object.fromEntries(done.map((id) => [id, doneOn])) } }
  return state
}

/** 生育支持: what families said about themselves, their leave plans and their ticks. */
export const supportArea = defineContractArea({
  name: 'support',
  schemaVersion: 1,
  stateSchema: SupportStateSchema,
  seed: seedSupport,
  contract: supportMethods,
  handlers: supportHandlers,
  forget: forgetWithdrawn,
})
