/**
 * 生育支持's stored state as schemas (checked on load, see mock/core/persistence.ts). Figures and
 * explanations are fixtures, never stored; only what the family said and did is kept, each
 * entry with the family-health consent's epoch it was saved under (src/domain/consents.ts).
 */
import { number, object, optional, string, type InferOutput } from 'valibot'
import { LeaveCalendarDto, SituationInput } from '@/contract/support'
import { dictionaryOf } from '@/contract/schema-kit'

const StoredSituation = object({ situation: SituationInput, consentEpoch: optional(number()) })

const StoredPlan = object({ savedAt: string(), calendar: LeaveCalendarDto, consentEpoch: optional(number()) })

/** Per child id, per checklist item id, the ISO time it was ticked. */
const StoredTicks = object({ byChild: dictionaryOf(dictionaryOf(string())), consentEpoch: optional(number()) })

export const SupportStateSchema = object({
  situations: dictionaryOf(StoredSituation),
  plans: dictionaryOf(StoredPlan),
  ticks: dictionaryOf(StoredTicks),
})

export type StoredTicks = InferOutput<typeof StoredTicks>
export type SupportState = InferOutput<typeof SupportStateSchema>

export const emptySupportState = (): SupportState => ({ situations: {}, plans: {}, ticks: {} })
