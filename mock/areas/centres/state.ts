/**
 * 托育机构's stored state as schemas: the backend checks what it loads against them (a wrong shape
 * is backed up and re-seeded, see mock/core/persistence.ts), and the types are read off them.
 */
import { array, boolean, number, object, optional, picklist, string, type InferOutput } from 'valibot'
import { dictionaryOf } from '@/contract/schema-kit'
import { VISIT_SLOTS } from '@/domain/centre-visits'
import { CENTRE_DATASET_SIZES } from '@/domain/centres'

/** What the parent asked for; the centre's answer is worked out when read (visitOutcomes). */
const VisitRecord = object({
  id: string(),
  userId: string(),
  centreId: string(),
  date: string(),
  slot: picklist(VISIT_SLOTS),
  /** The full number: visits answer it masked. */
  phone: string(),
  childAgeMonths: number(),
  /** What the parent did; confirmed and declined are the centre's, worked out when read. */
  status: picklist(['pending', 'cancelled']),
  createdAt: string(),
  /** ISO; missing on visits cancelled before it was kept, which count as cancelled at once. */
  cancelledAt: optional(string()),
  /** The parent has seen the centre's answer (the message is read). */
  answerSeen: optional(boolean()),
})

/** Centres are generated from a seed (never stored): only which data set is in use is. */
export const CentresStateSchema = object({
  datasetSize: picklist(CENTRE_DATASET_SIZES),
  /** Centre ids by user, most recent first. */
  favourites: dictionaryOf(array(string())),
  visits: dictionaryOf(VisitRecord),
  nextId: number(),
})

export type VisitRecord = InferOutput<typeof VisitRecord>
export type CentresState = InferOutput<typeof CentresStateSchema>
