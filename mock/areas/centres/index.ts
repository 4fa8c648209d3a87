import type { CentresApi } from '../../../src/services/centres-api'
import { defineArea } from '../../core/area'
import { centresHandlers } from './handlers'
import type { CentresState } from './state'

/** 托育机构: 200 generated centres (5,000 on request, for performance tests), favourites, visits. */
export const centresArea = defineArea<CentresApi, CentresState>({
  name: 'centres',
  schemaVersion: 1,
  seed: () => ({ datasetSize: 200, favourites: {}, visits: {}, nextId: 1 }),
  handlers: centresHandlers,
})
