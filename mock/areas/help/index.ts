import type { HelpApi } from '../../../src/services/help-api'
import { defineArea } from '../../core/area'
import { helpHandlers } from './handlers'
import { seedHelp } from './seed'
import type { HelpState } from './state'

/** 暖心服务: requests of special families, visible only to the family and its two contacts. */
export const helpArea = defineArea<HelpApi, HelpState>({
  name: 'help',
  schemaVersion: 1,
  seed: seedHelp,
  handlers: helpHandlers,
})
