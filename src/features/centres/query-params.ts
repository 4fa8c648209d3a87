import { isCareMode, isFilingStatus, isHostType, isOrgForm, type CentreQuery, type CentreSort } from '../../domain/centres'

/** The search as URL parameters, so a shared link (H5 URL or weapp share path) reproduces it. */
export type FilterQuery = Omit<CentreQuery, 'origin'>

const SORTS: CentreSort[] = ['default', 'distance', 'fee', 'places']
const num = (value: string | undefined) => (value !== undefined && value !== '' && !Number.isNaN(Number(value)) ? Number(value) : undefined)

export function queryFromParams(params: Record<string, string | undefined>): FilterQuery {
  const text = (key: string) => (params[key] ? decodeURIComponent(params[key]!) : undefined)
  return {
    keyword: text('q'),
    district: text('district'),
    mode: isCareMode(params.mode) ? params.mode : undefined,
    ageMonths: num(params.age),
    inclusive: params.inclusive === '1' || undefined,
    hostType: isHostType(params.host) ? params.host : undefined,
    orgForm: isOrgForm(params.form) ? params.form : undefined,
    feeMin: num(params.feeMin),
    feeMax: num(params.feeMax),
    hasPlaces: params.places === '1' || undefined,
    filing: isFilingStatus(params.filing) ? params.filing : undefined,
    sort: SORTS.includes(params.sort as CentreSort) ? (params.sort as CentreSort) : undefined,
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
  return on.filter((value) => value !== undefined && value !== '').length
}
