import type { guidanceMethods } from '@/contract/guidance'
import type { ContractHandlers } from '../../core/area'
import type { GuidanceState } from './state'

/** Every guidance method's handler, typed from its schema; each file below takes its share. */
export type GuidanceHandlers = ContractHandlers<typeof guidanceMethods, GuidanceState>
