import { distanceKm, weekdayOf } from './booking'
import { addDays, daysBetween, isDateString, type DateString } from './dates'
import { UNDER_THREE_MONTHS } from './under-three'
import { mobileError } from './validation'

/** 托育机构: registered childcare centres and the search parents run over them. */
export const CARE_MODE_IDS = ['full-day', 'half-day', 'hourly', 'temporary'] as const
export type CareMode = (typeof CARE_MODE_IDS)[number]
export const HOST_TYPES = ['public', 'private', 'public-private'] as const
export type HostType = (typeof HOST_TYPES)[number]
export const ORG_FORMS = ['integrated', 'community', 'kindergarten', 'employer', 'family'] as const
export type OrgForm = (typeof ORG_FORMS)[number]
export const FILING_STATUSES = ['filed', 'pending'] as const
export type FilingStatus = (typeof FILING_STATUSES)[number]
export const CENTRE_SORTS = ['default', 'distance', 'fee', 'places'] as const
export type CentreSort = (typeof CENTRE_SORTS)[number]

/** The city's ten districts: every registered centre is in one of them (杭州). */
export const DISTRICTS = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区'] as const
export type District = (typeof DISTRICTS)[number]

/**
 * The search's bounds: the keyword box takes 40 characters, the age filter is the 0–3 years the
 * centres take, a fee filter goes up to 100,000 元, and a page holds at most 50 results.
 */
export const SEARCH_LIMITS = { keyword: 40, ageMonths: UNDER_THREE_MONTHS, fee: 100_000, page: 10_000, pageSize: 50, defaultPageSize: 20 } as const

/** The demo city (200 centres) or the large set performance tests use (5,000). */
export const CENTRE_DATASET_SIZES = [200, 5000] as const
export type CentreDatasetSize = (typeof CENTRE_DATASET_SIZES)[number]

export const CARE_MODES: Array<{ id: CareMode; label: string; unit: string }> = [
  { id: 'full-day', label: '全日托', unit: '元/月' },
  { id: 'half-day', label: '半日托', unit: '元/月' },
  { id: 'hourly', label: '计时托', unit: '元/小时' },
  { id: 'temporary', label: '临时托', unit: '元/天' },
]
export const CARE_MODE_LABELS = Object.fromEntries(CARE_MODES.map((m) => [m.id, m.label])) as Record<CareMode, string>
export const HOST_TYPE_LABELS: Record<HostType, string> = { public: '公办', private: '民办', 'public-private': '公办民营' }
export const ORG_FORM_LABELS: Record<OrgForm, string> = {
  integrated: '托育综合服务中心',
  community: '社区嵌入式',
  kindergarten: '幼儿园托班',
  employer: '用人单位办托',
  family: '家庭托育点',
}
export const FILING_LABELS: Record<FilingStatus, string> = { filed: '已备案', pending: '备案审核中' }

export interface Centre {
  id: string
  name: string
  filingNo: string
  filingStatus: FilingStatus
  district: District
  street: string
  address: string
  latitude: number
  longitude: number
  phone: string
  hostType: HostType
  orgForm: OrgForm
  /** 普惠: fees capped under the government's inclusive-childcare scheme. */
  inclusive: boolean
  modes: CareMode[]
  ageMin: number
  ageMax: number
  /** Fee per mode, in the mode's unit (元/月, 元/小时, 元/天). */
  fees: Partial<Record<CareMode, number>>
  placesTotal: number
  placesFree: number
  hours: string
  photos: string[]
  facilities: string[]
  updatedAt: string
}

export interface CentreQuery {
  keyword?: string
  district?: string
  mode?: CareMode
  ageMonths?: number
  inclusive?: boolean
  hostType?: HostType
  orgForm?: OrgForm
  feeMin?: number
  feeMax?: number
  hasPlaces?: boolean
  filing?: FilingStatus
  sort?: CentreSort
  /** For sorting by distance; without it the search says so and keeps the default order. */
  origin?: { latitude: number; longitude: number }
}

/**
 * The fee a parent compares: the chosen mode's fee, or else the lowest monthly fee (全日托 or
 * 半日托). Null when the centre has no such fee (e.g. only 计时托 with no mode chosen).
 */
export function referenceFee(centre: Centre, mode?: CareMode): number | null {
  if (mode) return centre.fees[mode] ?? null
  const monthly = [centre.fees['full-day'], centre.fees['half-day']].filter((fee): fee is number => fee !== undefined)
  return monthly.length > 0 ? Math.min(...monthly) : null
}

/** Text a keyword is matched against: name, address and street. */
export function searchText(centre: Centre): string {
  return `${centre.name} ${centre.address} ${centre.street}`.toLowerCase()
}

/** The dimensions whose chips show counts; each is matched separately so counts can be computed in one pass. */
export type FacetDimension = 'district' | 'mode' | 'inclusive' | 'hostType' | 'orgForm' | 'hasPlaces' | 'filing'
export const FACET_DIMENSIONS: FacetDimension[] = ['district', 'mode', 'inclusive', 'hostType', 'orgForm', 'hasPlaces', 'filing']

export function facetValues(centre: Centre, dimension: FacetDimension): string[] {
  switch (dimension) {
    case 'district':
      return [centre.district]
    case 'mode':
      return centre.modes
    case 'inclusive':
      return centre.inclusive ? ['true'] : []
    case 'hostType':
      return [centre.hostType]
    case 'orgForm':
      return [centre.orgForm]
    case 'hasPlaces':
      return centre.placesFree > 0 ? ['true'] : []
    case 'filing':
      return [centre.filingStatus]
  }
}

export function matchesDimension(centre: Centre, query: CentreQuery, dimension: FacetDimension): boolean {
  switch (dimension) {
    case 'district':
      return !query.district || centre.district === query.district
    case 'mode':
      return !query.mode || centre.modes.includes(query.mode)
    case 'inclusive':
      return !query.inclusive || centre.inclusive
    case 'hostType':
      return !query.hostType || centre.hostType === query.hostType
    case 'orgForm':
      return !query.orgForm || centre.orgForm === query.orgForm
    case 'hasPlaces':
      return !query.hasPlaces || centre.placesFree > 0
    case 'filing':
      return !query.filing || centre.filingStatus === query.filing
  }
}

/** Keyword, age and fee: the filters typed rather than chosen from chips. */
export function matchesInputs(centre: Centre, query: CentreQuery, text: string, keywords: string[]): boolean {
  for (const word of keywords) if (!text.includes(word)) return false
  if (query.ageMonths !== undefined && (query.ageMonths < centre.ageMin || query.ageMonths > centre.ageMax)) return false
  if (query.feeMin !== undefined || query.feeMax !== undefined) {
    const fee = referenceFee(centre, query.mode)
    if (fee === null) return false
    if (query.feeMin !== undefined && fee < query.feeMin) return false
    if (query.feeMax !== undefined && fee > query.feeMax) return false
  }
  return true
}

export function keywordsOf(keyword: string | undefined): string[] {
  return (keyword ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean)
}

export function matchesCentre(centre: Centre, query: CentreQuery): boolean {
  return (
    matchesInputs(centre, query, searchText(centre), keywordsOf(query.keyword)) &&
    FACET_DIMENSIONS.every((dimension) => matchesDimension(centre, query, dimension))
  )
}

// Made at the first comparison, not when the module loads: building a zh-CN collator takes
// ~70 ms of a slow phone (ICU data), which would otherwise join the script's evaluation on the
// tap that opens 托育机构.
let collator: Intl.Collator | null | undefined
const zhCollator = (): Intl.Collator | null => (collator === undefined ? (collator = typeof Intl !== 'undefined' ? new Intl.Collator('zh-CN') : null) : collator)

/** Names in 拼音 order (then id), the last tie-breaker of every sort. */
export function compareNames(a: Centre, b: Centre): number {
  const names = zhCollator()
  const byName = names ? names.compare(a.name, b.name) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  return byName || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The numbers results are ordered by, before the name. Distance needs an origin (ties by fee);
 * fee puts centres without a comparable fee last; places puts the most free places first.
 * Default: 普惠 first, then 已备案, then most free places.
 */
export function sortKeys(query: CentreQuery): (centre: Centre) => number[] {
  const fee = (c: Centre) => referenceFee(c, query.mode) ?? Number.POSITIVE_INFINITY
  if (query.sort === 'distance' && query.origin) {
    const origin = query.origin
    return (c) => [distanceKm(origin, c), fee(c)]
  }
  if (query.sort === 'fee') return (c) => [fee(c)]
  if (query.sort === 'places') return (c) => [-c.placesFree]
  return (c) => [c.inclusive ? 0 : 1, c.filingStatus === 'filed' ? 0 : 1, -c.placesFree]
}

export function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] < b[i]) return -1
    if (a[i] > b[i]) return 1
  }
  return 0
}

export function compareCentres(query: CentreQuery): (a: Centre, b: Centre) => number {
  const keys = sortKeys(query)
  return (a, b) => compareKeys(keys(a), keys(b)) || compareNames(a, b)
}

/** The unit a mode's fee is in; with no mode, the monthly fee is compared (referenceFee). */
export function feeUnit(mode: CareMode | undefined): string {
  return CARE_MODES.find((m) => m.id === mode)?.unit ?? '元/月'
}

export function feeText(centre: Centre, mode: CareMode): string {
  const fee = centre.fees[mode]
  return fee === undefined ? '—' : `${fee}${feeUnit(mode)}`
}

export type VisitField = 'date' | 'slot' | 'phone' | 'childAgeMonths'

/**
 * The visit form's limits: a phone number may be typed with spaces or dashes (138 5716 1234), so
 * up to 20 characters are read; the child is under three, typed in a two-digit box.
 */
export const VISIT_LIMITS = { phone: 20, childAgeMonths: UNDER_THREE_MONTHS, typedAgeMonths: 99 } as const
export const VISIT_AGE_MESSAGE = `请填写孩子的月龄（0–${VISIT_LIMITS.childAgeMonths}个月）`

/** How far ahead a family may ask to visit: centres plan their visits a month at a time. */
export const VISIT_DAYS_AHEAD = 30

/** The days a visit may be asked for, from tomorrow to VISIT_DAYS_AHEAD days ahead (the date field offers these). */
export const visitDateRange = (today: DateString) => ({ start: addDays(today, 1), end: addDays(today, VISIT_DAYS_AHEAD) })

/**
 * A visit request: a weekday from tomorrow to VISIT_DAYS_AHEAD days ahead, morning or afternoon, a mobile
 * number the centre can call back, and the child's age in months within the centre's range.
 */
export function visitErrors(
  input: { date: string; slot: string; phone: string; childAgeMonths: number | null },
  today: string,
  centre: Pick<Centre, 'ageMin' | 'ageMax'>,
): Partial<Record<VisitField, string>> {
  const errors: Partial<Record<VisitField, string>> = {}
  if (!input.date) errors.date = '请选择参观日期'
  else if (!isDateString(input.date)) errors.date = '日期格式不正确，应为年-月-日'
  else if (daysBetween(today, input.date) < 1) errors.date = '最早可预约明天参观'
  else if (daysBetween(today, input.date) > VISIT_DAYS_AHEAD) errors.date = `只能预约${VISIT_DAYS_AHEAD}天内的参观`
  else if ([0, 6].includes(weekdayOf(input.date))) errors.date = '周末不安排参观，请选择工作日'
  if (input.slot !== 'morning' && input.slot !== 'afternoon') errors.slot = '请选择上午或下午'
  const phone = mobileError(input.phone)
  if (phone) errors.phone = phone
  const age = input.childAgeMonths
  if (age === null || !Number.isInteger(age) || age < 0 || age > VISIT_LIMITS.childAgeMonths) errors.childAgeMonths = VISIT_AGE_MESSAGE
  else if (age < centre.ageMin || age > centre.ageMax) errors.childAgeMonths = `这家机构招收${centre.ageMin}–${centre.ageMax}个月的孩子`
  return errors
}

const oneOf = <T extends string>(values: readonly T[]) => (value: unknown): value is T => values.some((known) => known === value)
export const isCareMode = oneOf(CARE_MODE_IDS)
export const isHostType = oneOf(HOST_TYPES)
export const isOrgForm = oneOf(ORG_FORMS)
export const isFilingStatus = oneOf(FILING_STATUSES)
export const isCentreSort = oneOf(CENTRE_SORTS)
export const isDistrict = oneOf(DISTRICTS)
