import { firstSorted } from './first-sorted'
import {
  compareKeys,
  compareNames,
  FACET_DIMENSIONS,
  facetValues,
  keywordsOf,
  matchesDimension,
  matchesInputs,
  referenceFee,
  searchText,
  type Centre,
  type CentreQuery,
  type FacetDimension,
  sortKeys,
} from '@/domain/centres'

export type Facets = Record<FacetDimension, Record<string, number>>

export interface SearchResult {
  /** In order: all of them, or the first `limit` when a limit is given. */
  matches: Centre[]
  /** How many centres match. */
  total: number
  facets: Facets
  /** True when distance sorting was asked for without a location. */
  distanceUnavailable: boolean
}

const textCache = new WeakMap<Centre, string>()
const nameRanks = new WeakMap<Centre[], WeakMap<Centre, number>>()

/** Each centre's place in name order, computed once per data set: collation is the slow part. */
function nameRank(centres: Centre[]): WeakMap<Centre, number> {
  let ranks = nameRanks.get(centres)
  if (!ranks) {
    const ranked = new WeakMap<Centre, number>()
    ;[...centres].sort(compareNames).forEach((centre, index) => ranked.set(centre, index))
    nameRanks.set(centres, (ranks = ranked))
  }
  return ranks
}
const textOf = (centre: Centre) => {
  let text = textCache.get(centre)
  if (text === undefined) textCache.set(centre, (text = searchText(centre)))
  return text
}

/**
 * Filters, counts and sorts in one pass; `limit` says how many leading results are needed. A chip's count is how many results the search would
 * give with that chip chosen instead: a centre that fails only dimension d still counts for
 * d's chips, so every count comes from the same pass over the data.
 */
export function searchCentres(centres: Centre[], query: CentreQuery, limit = Number.POSITIVE_INFINITY): SearchResult {
  const keywords = keywordsOf(query.keyword)
  const facets = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, {}])) as Facets
  const count = (dimension: FacetDimension, centre: Centre) => {
    const bucket = facets[dimension]
    for (const value of facetValues(centre, dimension)) bucket[value] = (bucket[value] ?? 0) + 1
    bucket.all = (bucket.all ?? 0) + 1
  }
  // The fee compared depends on the care mode, so the 托育类型 chips are counted with each
  // mode's own fee; every other check is the same for all chips.
  const hasFeeRange = query.feeMin !== undefined || query.feeMax !== undefined
  const withoutFee: CentreQuery = { ...query, feeMin: undefined, feeMax: undefined }
  const feeOk = (centre: Centre, mode: CentreQuery['mode']) => {
    if (!hasFeeRange) return true
    const fee = referenceFee(centre, mode)
    return fee !== null && (query.feeMin === undefined || fee >= query.feeMin) && (query.feeMax === undefined || fee <= query.feeMax)
  }
  const matches: Centre[] = []
  for (const centre of centres) {
    if (!matchesInputs(centre, withoutFee, textOf(centre), keywords)) continue
    let failed: FacetDimension | null = null
    let failures = 0
    for (const dimension of FACET_DIMENSIONS) {
      if (dimension === 'mode') continue
      if (!matchesDimension(centre, query, dimension)) {
        failures += 1
        failed = dimension
        if (failures > 1) break
      }
    }
    if (failures > 1) continue
    if (failures === 0) {
      const modes = facets.mode
      for (const mode of centre.modes) if (feeOk(centre, mode)) modes[mode] = (modes[mode] ?? 0) + 1
      if (feeOk(centre, undefined)) modes.all = (modes.all ?? 0) + 1
    }
    if (!matchesDimension(centre, query, 'mode') || !feeOk(centre, query.mode)) continue
    if (failures === 0) {
      matches.push(centre)
      for (const dimension of FACET_DIMENSIONS) if (dimension !== 'mode') count(dimension, centre)
    } else {
      count(failed!, centre)
    }
  }
  const distanceUnavailable = query.sort === 'distance' && !query.origin
  // Sort on precomputed keys: computing fees or distances inside the comparator costs 10×.
  const keysOf = sortKeys(query)
  const ranks = nameRank(centres)
  const entries = matches.map((centre) => ({ centre, keys: keysOf(centre), rank: ranks.get(centre)! }))
  // Only the leading results a page needs are put in order (the rank makes the order total).
  const sorted = firstSorted(entries, Math.min(limit, entries.length), (a, b) => compareKeys(a.keys, b.keys) || a.rank - b.rank).map((entry) => entry.centre)
  return { matches: sorted, total: matches.length, facets, distanceUnavailable }
}
