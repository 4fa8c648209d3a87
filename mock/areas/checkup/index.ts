import { checkupMethods } from '@/contract/checkup'
import { addDays } from '@/domain/dates'
import { defineContractArea, type SeedContext } from '../../core/area'
import { checkupHandlers, forgetWithdrawn } from './handlers'
import { dropWhatTheContractRefuses, startHistory } from './migrations'
import { CheckupStateSchema, emptyCheckupState, type CheckupState } from './state'

// 林晓雯 is seeded at 孕20周+3天 (mock/areas/core/seed-users.ts); her first three visits are done.
function seedCheckup({ today }: SeedContext): CheckupState {
  const lmp = addDays(today, -(20 * 7 + 3))
  const state = emptyCheckupState()
  state.visits['u-parent'] = {
    lmp,
    records: {
      v01: { date: addDays(lmp, 8 * 7 + 2), note: '在翠苑街道社区卫生服务中心建册，领了母子健康手册' },
      v02: { date: addDays(lmp, 12 * 7 + 3), note: 'NT 1.4毫米，医生说正常' },
      v03: { date: addDays(lmp, 16 * 7 + 1) },
    },
  }
  return state
}

/** 婚孕检. The seeded parent's earlier visits are marked done so the timeline starts lived-in. */
export const checkupArea = defineContractArea({
  name: 'checkup',
  schemaVersion: 3,
  stateSchema: CheckupStateSchema,
  seed: seedCheckup,
  // v2 validates every payload against its contract: what v1 stored without looking goes.
  // v3 keeps the visits of ended pregnancies in history (starting empty).
  migrations: { 1: dropWhatTheContractRefuses, 2: startHistory },
  contract: checkupMethods,
  handlers: checkupHandlers,
  forget: forgetWithdrawn,
})
