import type { VisitSlot, VisitStatus } from '../../../src/services/centres-api'

export interface VisitRecord {
  id: string
  userId: string
  centreId: string
  date: string
  slot: VisitSlot
  phone: string
  childAgeMonths: number
  status: VisitStatus
  createdAt: string
}

/** Centres are generated from a seed (never stored); the state is what families did. */
export interface CentresState {
  datasetSize: 200 | 5000
  favourites: Record<string, string[]>
  visits: Record<string, VisitRecord>
  nextId: number
}
