import type { GuidanceApi } from '../../../src/services/guidance-api'
import { defineArea } from '../../core/area'
import { guidanceHandlers } from './handlers'
import { seedGuidance } from './seed'
import type { GuidanceState } from './state'

/** 优生优育进万家: 44 published articles by two instructors, one draft, favourites and counters. */
export const guidanceArea = defineArea<GuidanceApi, GuidanceState>({
  name: 'guidance',
  schemaVersion: 1,
  seed: seedGuidance,
  handlers: guidanceHandlers,
})
