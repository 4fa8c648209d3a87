import { centresMethods } from '@/contract/centres'
import { defineContractArea } from '../../core/area'
import { centresHandlers } from './handlers'
import { CentresStateSchema, type CentresState } from './state'

/** 托育机构: 200 generated centres (5,000 on request, for performance tests), favourites, visits. */
export const centresArea = defineContractArea({
  name: 'centres',
  schemaVersion: 1,
  stateSchema: CentresStateSchema,
  seed: (): CentresState => ({ datasetSize: 200, favourites: {}, visits: {}, nextId: 1 }),
  contract: centresMethods,
  handlers: centresHandlers,
})
