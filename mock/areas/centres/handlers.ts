import { distanceKm } from '../../../src/domain/booking'
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

function visitDto(state: CentresState, visit: VisitRecord): VisitDto {
  // A visit may be to a centre of the other data set (after a switch): the 200 are the first
  // 200 of the 5,000, so the larger set knows every centre.
  const centre = dataset(state.datasetSize).byId.get(visit.centreId) ?? dataset(5000).byId.get(visit.centreId)!
  return {
    id: visit.id,
    centreId: visit.centreId,
    date: visit.date,
    slot: visit.slot,
    phoneMasked: maskPhone(visit.phone),
    childAgeMonths: visit.childAgeMonths,
    status: visit.status,
    createdAt: visit.createdAt,
    centreName: centre.name,
    centreAddress: centre.address,
    centrePhone: centre.phone,
  }
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
    access: 'signed-in',
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
    access: 'signed-in',
    handle: ({ state, user }) =>
      (state.favourites[user!.id] ?? []).flatMap((id) => {
        const centre = dataset(state.datasetSize).byId.get(id)
        return centre ? [summaryOf(centre, {})] : []
      }),
  },
  'centres.requestVisit': {
    access: 'signed-in',
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
      const duplicate = Object.values(state.visits).find(
        (visit) => visit.userId === user!.id && visit.centreId === centre.id && visit.status === 'pending' && visit.date >= today,
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
      return visitDto(state, visit)
    },
  },
  'centres.cancelVisit': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, payload) => {
      const visit = typeof payload?.id === 'string' ? state.visits[payload.id] : undefined
      if (!visit || visit.userId !== user!.id) throw new ServiceError('NOT_FOUND', '没有找到这条参观预约')
      visit.status = 'cancelled'
      return visitDto(state, visit)
    },
  },
  'centres.myVisits': {
    access: 'signed-in',
    handle: ({ state, user }) =>
      Object.values(state.visits)
        .filter((visit) => visit.userId === user!.id)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((visit) => visitDto(state, visit)),
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
