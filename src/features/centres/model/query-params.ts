import type { CentreSearchInput } from '@/contract/centres'
import { isCareMode, isCentreSort, isDistrict, isFilingStatus, isHostType, isOrgForm, SEARCH_LIMITS } from '@/domain/centres'

/** The search as URL parameters, so a shared link (H5 URL or weapp share path) reproduces it. */
export type FilterQuery = Omit<CentreSearchInput, 'origin' | 'page' | 'pageSize'>

/**
 * A whole number within what the search takes, or nothing: a link edited by hand opens the search
 * without that filter rather than failing.
 */
const whole = (value: string | undefined, max: number) => {
  const number = value === undefined || value === '' ? Number.NaN : Number(value)
  return Number.isInteger(number) && number >= 0 && number <= max ? number : undefined
}

/** A parameter's text; a malformed escape (a hand-edited link) reads as nothing. */
function text(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

export function queryFromParams(params: Record<string, string | undefined>): FilterQuery {
  const district = text(params.district)
  return {
    keyword: text(params.q),
    district: isDistrict(district) ? district : undefined,
    mode: isCareMode(params.mode) ? params.mode : undefined,
    ageMonths: whole(params.age, SEARCH_LIMITS.ageMonths),
    inclusive: params.inclusive === '1' || undefined,
    hostType: isHostType(params.host) ? params.host : undefined,
    orgForm: isOrgForm(params.form) ? params.form : undefined,
    feeMin: whole(params.feeMin, SEARCH_LIMITS.fee),
    feeMax: whole(params.feeMax, SEARCH_LIMITS.fee),
    hasPlaces: params.places === '1' || undefined,
    filing: isFilingStatus(params.filing) ? params.filing : undefined,
    sort: isCentreSort(params.sort) ? params.sort : undefined,
  }
}

export function paramsFromQuery(query: FilterQuery): string {
  const entries: Array<[string, string | number | undefined]> = [
    ['q', query.keyword],
    ['district', query.district],
    ['mode', query.mode],
    ['age', query.ageMonths],
    ['inclusive', query.inclusive ? 1 : undefined],
    ['host', query.hostType],
    ['form', query.orgForm],
    ['feeMin', query.feeMin],
    ['feeMax', query.feeMax],
    ['places', query.hasPlaces ? 1 : undefined],
    ['filing', query.filing],
    ['sort', query.sort && query.sort !== 'default' ? query.sort : undefined],
  ]
  return entries
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
}

/** Whether anything narrows the search (the 清除全部筛选 button shows only then). */
export function hasFilters(query: FilterQuery): boolean {
  return paramsFromQuery({ ...query, sort: undefined }) !== ''
}

/**
 * How many filters behind 筛选 are on (所在区, 托育类型, 已备案, 举办性质, 机构形式, and the fee
 * range as one), so the folded control says that the results are narrowed by something unseen.
 */
export function foldedFilterCount(query: FilterQuery): number {
  const on = [query.district, query.mode, query.filing, query.hostType, query.orgForm, query.feeMin ?? query.feeMax]
  return on.filter((value) => value !== undefined).length
}
