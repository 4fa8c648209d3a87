import { guidanceMethods } from '@/contract/guidance'
import { defineContractArea } from '../../core/area'
import { authorHandlers } from './author-handlers'
import { readerHandlers } from './reader-handlers'
import { seedGuidance } from './seed'
import { GuidanceStateSchema } from './state'

/** 优生优育进万家: 44 published articles by two instructors, one draft, favourites and counters. */
export const guidanceArea = defineContractArea({
  name: 'guidance',
  schemaVersion: 1,
  stateSchema: GuidanceStateSchema,
  seed: seedGuidance,
  contract: guidanceMethods,
  handlers: { ...readerHandlers, ...authorHandlers },
})
