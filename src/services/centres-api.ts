import type { VisitSlot, VisitStatus } from '../domain/centre-visits'
import type { CareMode, Centre, CentreQuery } from '../domain/centres'
import type { ApiMethod } from './api'
import type { Done } from './types'

/** 托育机构: search over registered centres, centre pages, favourites and visit requests. */

export type CentreSummary = Pick<
  Centre,
  'id' | 'name' | 'district' | 'street' | 'address' | 'inclusive' | 'modes' | 'ageMin' | 'ageMax' | 'placesFree' | 'placesTotal' | 'filingStatus' | 'hostType' | 'orgForm' | 'latitude' | 'longitude'
> & {
  /** The fee compared and sorted by (the chosen mode's, else the lowest monthly fee). */
  fee: number | null
  feeUnit: string
  /** km, when the search had a location. */
  distanceKm: number | null
}

export interface CentreSearchPage {
  items: CentreSummary[]
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  /** Per filter dimension, how many results each chip would give. */
  facets: Record<string, Record<string, number>>
  /** Sorting by distance was asked for without a location: the default order is used. */
  distanceUnavailable: boolean
}

export interface CentreDto extends Centre {
  favourite: boolean
}

export type { VisitSlot, VisitStatus }

export interface VisitInput {
  centreId: string
  date: string
  slot: VisitSlot
  phone: string
  childAgeMonths: number
}

export interface VisitDto extends Omit<VisitInput, 'phone'> {
  id: string
  centreName: string
  centreAddress: string
  centrePhone: string
  /** Worked out when read (src/domain/centre-visits.ts): the centre answers within a working day. */
  status: VisitStatus
  /** Masked: the full number stays with the centre. */
  phoneMasked: string
  createdAt: string
  /** While pending: when the centre will have answered (ISO). */
  answerBy: string | null
  /** When the centre answered (ISO); null until it has, or when cancelled before. */
  answeredAt: string | null
  /** Confirmed: the time to arrive, e.g. 09:00. */
  time: string | null
  /** Declined: the centre's reason. */
  declineReason: string | null
  /** The answer has not been seen yet: shown as a message until the parent marks it read. */
  unread: boolean
  /** Whether the parent can still cancel (pending, or confirmed and not yet past). */
  cancellable: boolean
}

export interface CentresApi {
  'centres.search': ApiMethod<CentreQuery & { page?: number; pageSize?: number }, CentreSearchPage>
  'centres.centre': ApiMethod<{ id: string }, CentreDto>
  'centres.favourite': ApiMethod<{ id: string; on: boolean }, { favourite: boolean }>
  'centres.favourites': ApiMethod<null, CentreSummary[]>
  'centres.requestVisit': ApiMethod<VisitInput, VisitDto>
  'centres.cancelVisit': ApiMethod<{ id: string }, VisitDto>
  'centres.myVisits': ApiMethod<null, VisitDto[]>
  /** Marks every answer the parent has been shown as read. */
  'centres.readAnswers': ApiMethod<null, Done>
  /** Demo and test control: search the 200-centre city (default) or the 5,000-centre set. */
  'centres.useDataset': ApiMethod<{ size: 200 | 5000 }, { size: number }>
}

export type { CareMode }
