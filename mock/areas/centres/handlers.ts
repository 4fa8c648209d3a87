import { distanceKm } from '../../../src/domain/booking'
import { canCancelVisit, visitOutcomes, type VisitOutcome, type VisitRequestFacts } from '../../../src/domain/centre-visits'
import {
  CARE_MODES,
  isCareMode,
  isFilingStatus,
  isHostType,
  isOrgForm,
  referenceFee,
  visitErrors,
  type Centre,
  type CentreQuery,
  type CentreSort,
} from '../../../src/domain/centres'
import { chinaDate } from '../../../src/domain/dates'
import { ENTRY_ROLES } from '../../../src/domain/roles'
import { hasErrors, maskPhone, normaliseMobile } from '../../../src/domain/validation'
import type { CentreSummary, CentresApi, VisitDto } from '../../../src/services/centres-api'
import { ServiceError } from '../../../src/services/errors'
import type { HandlerMap } from '../../core/area'
import { dataset } from './dataset'
import { searchCentres } from './search'
import type { CentresState, VisitRecord } from './state'

const PAGE_SIZE = 20
const MAX_PAGE_SIZE = 50
const SORTS: CentreSort[] = ['default', 'distance', 'fee', 'places']

const optionalNumber = (value: unknown) => (value === undefined || value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value))

/** Only known values pass: a query string from a shared link is untrusted input. */
export function readQuery(raw: unknown): CentreQuery {
  const input = (raw ?? {}) as Record<string, unknown>
  const origin = input.origin as { latitude?: unknown; longitude?: unknown } | undefined
  const latitude = optionalNumber(origin?.latitude)
  const longitude = optionalNumber(origin?.longitude)
  return {
    keyword: typeof input.keyword === 'string' ? input.keyword.slice(0, 40) : undefined,
    district: typeof input.district === 'string' && input.district ? input.district : undefined,
    mode: isCareMode(input.mode) ? input.mode : undefined,
    ageMonths: optionalNumber(input.ageMonths),
    inclusive: input.inclusive === true ? true : undefined,
    hostType: isHostType(input.hostType) ? input.hostType : undefined,
    orgForm: isOrgForm(input.orgForm) ? input.orgForm : undefined,
    feeMin: optionalNumber(input.feeMin),
    feeMax: optionalNumber(input.feeMax),
    hasPlaces: input.hasPlaces === true ? true : undefined,
    filing: isFilingStatus(input.filing) ? input.filing : undefined,
    sort: SORTS.includes(input.sort as CentreSort) ? (input.sort as CentreSort) : 'default',
    origin: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : undefined,
  }
}

export function summaryOf(centre: Centre, query: CentreQuery): CentreSummary {
  const { id, name, district, street, address, inclusive, modes, ageMin, ageMax, placesFree, placesTotal, filingStatus, hostType, orgForm, latitude, longitude } = centre
  const fee = referenceFee(centre, query.mode)
  const unit = query.mode ? CARE_MODES.find((mode) => mode.id === query.mode)!.unit : '元/月'
  return {
    ...{ id, name, district, street, address, inclusive, modes, ageMin, ageMax, placesFree, placesTotal, filingStatus, hostType, orgForm, latitude, longitude },
    fee,
    feeUnit: unit,
    distanceKm: query.origin ? Math.round(distanceKm(query.origin, centre) * 10) / 10 : null,
  }
}

function centreOf(state: CentresState, id: unknown): Centre {
  const centre = typeof id === 'string' ? dataset(state.datasetSize).byId.get(id) : undefined
  if (!centre) throw new ServiceError('NOT_FOUND', '没有找到这家托育机构')
  return centre
}

/** Favourites and visits are for parents, as 我的 offers them (src/domain/roles.ts). */
const PARENTS = ENTRY_ROLES.centresMine

function factsOf(visit: VisitRecord): VisitRequestFacts {
  const cancelledAt = visit.status === 'cancelled' ? Date.parse(visit.cancelledAt ?? visit.createdAt) : null
  return { id: visit.id, centreId: visit.centreId, date: visit.date, slot: visit.slot, createdAt: Date.parse(visit.createdAt), cancelledAt }
}

/** Every visit's outcome now: the centres answer on their own schedule, worked out when read. */
function outcomesAt(state: CentresState, now: number): Map<string, VisitOutcome> {
  return visitOutcomes(Object.values(state.visits).map(factsOf), now)
}

const iso = (ms: number) => new Date(ms).toISOString()

function visitDto(state: CentresState, visit: VisitRecord, outcome: VisitOutcome, today: string): VisitDto {
  // A visit may be to a centre of the other data set (after a switch): the 200 are the first
  // 200 of the 5,000, so the larger set knows every centre.
  const centre = dataset(state.datasetSize).byId.get(visit.centreId) ?? dataset(5000).byId.get(visit.centreId)!
  const answered = outcome.status === 'confirmed' || outcome.status === 'declined'
  return {
    id: visit.id,
    centreId: visit.centreId,
    date: visit.date,
    slot: visit.slot,
    phoneMasked: maskPhone(visit.phone),
    childAgeMonths: visit.childAgeMonths,
    status: outcome.status,
    createdAt: visit.createdAt,
    centreName: centre.name,
    centreAddress: centre.address,
    centrePhone: centre.phone,
    answerBy: outcome.status === 'pending' ? iso(outcome.answerBy) : null,
    answeredAt: answered ? iso(outcome.answeredAt) : null,
    time: outcome.status === 'confirmed' ? outcome.time : null,
    declineReason: outcome.status === 'declined' ? outcome.reason : null,
    unread: answered && !visit.answerSeen,
    cancellable: canCancelVisit(outcome, visit.date, today),
  }
}

function dtoNow(state: CentresState, visit: VisitRecord, now: number): VisitDto {
  return visitDto(state, visit, outcomesAt(state, now).get(visit.id)!, chinaDate(now))
}

export const centresHandlers: HandlerMap<CentresApi, CentresState> = {
  'centres.search': {
    access: 'public',
    handle: ({ state }, payload) => {
      const query = readQuery(payload)
      const { matches, facets, distanceUnavailable } = searchCentres(dataset(state.datasetSize).list, query)
      const pageSize = Math.min(Math.max(Math.floor(Number(payload?.pageSize) || PAGE_SIZE), 1), MAX_PAGE_SIZE)
      const page = Math.max(Math.floor(Number(payload?.page) || 1), 1)
      return {
        items: matches.slice((page - 1) * pageSize, page * pageSize).map((centre) => summaryOf(centre, query)),
        total: matches.length,
        page,
        pageSize,
        hasMore: page * pageSize < matches.length,
        facets,
        distanceUnavailable,
      }
    },
  },
  'centres.centre': {
    access: 'public',
    handle: ({ state, user }, payload) => {
      const centre = centreOf(state, payload?.id)
      return { ...centre, favourite: Boolean(user && state.favourites[user.id]?.includes(centre.id)) }
    },
  },
  'centres.favourite': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, payload) => {
      const centre = centreOf(state, payload?.id)
      const list = (state.favourites[user!.id] ??= [])
      const has = list.includes(centre.id)
      if (payload?.on === true && !has) list.unshift(centre.id)
      if (payload?.on !== true && has) list.splice(list.indexOf(centre.id), 1)
      return { favourite: list.includes(centre.id) }
    },
  },
  'centres.favourites': {
    access: PARENTS,
    handle: ({ state, user }) =>
      (state.favourites[user!.id] ?? []).flatMap((id) => {
        const centre = dataset(state.datasetSize).byId.get(id)
        return centre ? [summaryOf(centre, {})] : []
      }),
  },
  'centres.requestVisit': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today, now }, payload) => {
      const centre = centreOf(state, payload?.centreId)
      const input = {
        date: String(payload?.date ?? ''),
        slot: String(payload?.slot ?? ''),
        phone: normaliseMobile(String(payload?.phone ?? '')),
        childAgeMonths: optionalNumber(payload?.childAgeMonths) ?? null,
      }
      const errors = visitErrors(input, today, centre)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '参观预约信息有误，请按提示修改', errors)
      const outcomes = outcomesAt(state, now)
      const standing = (visit: VisitRecord) => ['pending', 'confirmed'].includes(outcomes.get(visit.id)!.status)
      const duplicate = Object.values(state.visits).find(
        (visit) => visit.userId === user!.id && visit.centreId === centre.id && standing(visit) && visit.date >= today,
      )
      if (duplicate) throw new ServiceError('CONFLICT', `您已预约 ${duplicate.date} 参观这家机构，如需改期请先取消`)
      const visit: VisitRecord = {
        id: `visit-${state.nextId++}`,
        userId: user!.id,
        centreId: centre.id,
        date: input.date,
        slot: input.slot as VisitRecord['slot'],
        phone: input.phone,
        childAgeMonths: input.childAgeMonths!,
        status: 'pending',
        createdAt: new Date(now).toISOString(),
      }
      state.visits[visit.id] = visit
      return dtoNow(state, visit, now)
    },
  },
  'centres.cancelVisit': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now, today }, payload) => {
      const visit = typeof payload?.id === 'string' ? state.visits[payload.id] : undefined
      if (!visit || visit.userId !== user!.id) throw new ServiceError('NOT_FOUND', '没有找到这条参观预约')
      const outcome = outcomesAt(state, now).get(visit.id)!
      if (outcome.status === 'cancelled') return visitDto(state, visit, outcome, today)
      if (outcome.status === 'declined') throw new ServiceError('CONFLICT', '机构已婉拒这次参观，无需取消')
      if (!canCancelVisit(outcome, visit.date, today)) throw new ServiceError('CONFLICT', '参观日期已过，无法取消')
      visit.status = 'cancelled'
      visit.cancelledAt = iso(now)
      return dtoNow(state, visit, now)
    },
  },
  'centres.myVisits': {
    access: PARENTS,
    handle: ({ state, user, now, today }) => {
      const outcomes = outcomesAt(state, now)
      return Object.values(state.visits)
        .filter((visit) => visit.userId === user!.id)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((visit) => visitDto(state, visit, outcomes.get(visit.id)!, today))
    },
  },
  'centres.readAnswers': {
    access: PARENTS,
    write: true,
    handle: ({ state, user, now }) => {
      const outcomes = outcomesAt(state, now)
      for (const visit of Object.values(state.visits)) {
        const status = outcomes.get(visit.id)!.status
        if (visit.userId === user!.id && (status === 'confirmed' || status === 'declined')) visit.answerSeen = true
      }
      return { done: true }
    },
  },
  'centres.useDataset': {
    access: 'public',
    write: true,
    handle: ({ state }, payload) => {
      state.datasetSize = payload?.size === 5000 ? 5000 : 200
      return { size: state.datasetSize }
    },
  },
}
