import type { centresMethods } from '@/contract/centres'
import type { ContractHandlers } from '../../core/area'
import { centreHandlers } from './centre-handlers'
import type { CentresState } from './state'
import { visitHandlers } from './visit-handlers'

/** Every method of 托育机构's contract (scripts/bench-centres.cjs times centres.search from here). */
export const centresHandlers: ContractHandlers<typeof centresMethods, CentresState> = { ...centreHandlers, ...visitHandlers }
