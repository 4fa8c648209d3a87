import type { VisitSlot } from '../../../src/domain/centre-visits'
import type { CentreDatasetSize } from '../../../src/domain/centres'

/** What the parent asked for; the centre's answer is worked out when read (visitOutcomes). */
export interface VisitRecord {
  id: string
  userId: string
  centreId: string
  date: string
  slot: VisitSlot
  phone: string
  childAgeMonths: number
  status: 'pending' | 'cancelled'
  createdAt: string
  /** ISO; missing on visits cancelled before it was kept, which count as cancelled at once. */
  cancelledAt?: string
  /** The parent has seen the centre's answer (the message is read). */
  answerSeen?: boolean
}

/** Centres are generated from a seed (never stored); the state is what families did. */
export interface CentresState {
  datasetSize: CentreDatasetSize
  favourites: Record<string, string[]>
  visits: Record<string, VisitRecord>
  nextId: number
}
