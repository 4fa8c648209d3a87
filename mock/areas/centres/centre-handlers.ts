import type { centresMethods, CentreSearchInput, CentreSummary } from '@/contract/centres'
import { distanceKm } from '@/domain/booking'
import { feeUnit, referenceFee, SEARCH_LIMITS, type Centre, type CentreQuery } from '@/domain/centres'
import { ownValue } from '@/domain/own'
import { ENTRY_ROLES } from '@/domain/roles'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import { dataset } from './dataset'
import { searchCentres } from './search'
import type { CentresState } from './state'

type Handlers = ContractHandlers<typeof centresMethods, CentresState>

/** Favourites and visits are for parents, as 我的 offers them (src/domain/roles.ts). */
export const PARENTS = ENTRY_ROLES.centresMine

/** The search's filters from a payload the contract has already checked. */
function queryOf(input: CentreSearchInput): CentreQuery {
  const { keyword, district, mode, ageMonths, hostType, orgForm, feeMin, feeMax, filing, origin } = input
  return {
    ...{ keyword, district, mode, ageMonths, hostType, orgForm, feeMin, feeMax, filing, origin },
    // Only "on" narrows: a chip that is off is the same as no chip.
    inclusive: input.inclusive || undefined,
    hasPlaces: input.hasPlaces || undefined,
    sort: input.sort ?? 'default',
  }
}

export function summaryOf(centre: Centre, query: CentreQuery): CentreSummary {
  const { id, name, district, street, address, inclusive, modes, ageMin, ageMax, placesFree, placesTotal, filingStatus, hostType, orgForm, latitude, longitude } = centre
  return {
    ...{ id, name, district, street, address, inclusive, modes, ageMin, ageMax, placesFree, placesTotal, filingStatus, hostType, orgForm, latitude, longitude },
    fee: referenceFee(centre, query.mode),
    feeUnit: feeUnit(query.mode),
    distanceKm: query.origin ? Math.round(distanceKm(query.origin, centre) * 10) / 10 : null,
  }
}

export function centreOf(state: CentresState, id: string): Centre {
  // A Map: an id such as "constructor" finds nothing rather than Object.prototype's.
  const centre = dataset(state.datasetSize).byId.get(id)
  if (!centre) throw new ServiceError('NOT_FOUND', '没有找到这家托育机构')
  return centre
}

const favouritesOf = (state: CentresState, userId: string): string[] => ownValue(state.favourites, userId) ?? []

export const centreHandlers: Pick<Handlers, 'centres.search' | 'centres.centre' | 'centres.favourite' | 'centres.favourites' | 'centres.useDataset'> = {
  'centres.search': {
    access: 'public',
    handle: ({ state }, input) => {
      const query = queryOf(input)
      const page = input.page ?? 1
      const pageSize = input.pageSize ?? SEARCH_LIMITS.defaultPageSize
      const { matches, total, facets, distanceUnavailable } = searchCentres(dataset(state.datasetSize).list, query, page * pageSize)
      return {
        items: matches.slice((page - 1) * pageSize, page * pageSize).map((centre) => summaryOf(centre, query)),
        total,
        page,
        pageSize,
        hasMore: page * pageSize < total,
        facets,
        distanceUnavailable,
      }
    },
  },
  'centres.centre': {
    access: 'public',
    handle: ({ state, user }, { id }) => {
      const centre = centreOf(state, id)
      return { ...centre, favourite: user !== null && favouritesOf(state, user.id).includes(centre.id) }
    },
  },
  'centres.favourite': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }, { id, on }) => {
      const centre = centreOf(state, id)
      const list = favouritesOf(state, user.id)
      const has = list.includes(centre.id)
      if (on && !has) list.unshift(centre.id)
      if (!on && has) list.splice(list.indexOf(centre.id), 1)
      state.favourites[user.id] = list
      return { favourite: list.includes(centre.id) }
    },
  },
  'centres.favourites': {
    access: PARENTS,
    handle: ({ state, user }) =>
      favouritesOf(state, user.id).flatMap((id) => {
        const centre = dataset(state.datasetSize).byId.get(id)
        return centre ? [summaryOf(centre, {})] : []
      }),
  },
  // A demo and test control: signed in at least, so a passer-by cannot switch everyone's data set
  // (the HTTP server also asks for its demo controls to be on).
  'centres.useDataset': {
    access: 'signed-in',
    write: true,
    handle: ({ state }, { size }) => {
      state.datasetSize = size
      return { size: state.datasetSize }
    },
  },
}
