/**
 * 托育机构's contract: the search over the city's registered centres, a centre's page, favourites
 * and visit requests, plus the demo's switch to the 5,000-centre set. Every filter is one of a
 * closed set or a bounded number, so a search is either one the page could have asked for or a
 * VALIDATION that says what to fix.
 */
import { array, boolean, integer, literal, maxValue, minValue, nullable, number, object, optional, picklist, pipe, record, regex, string, type InferOutput } from 'valibot'
import { VISIT_SLOTS, VISIT_STATUSES } from '@/domain/centre-visits'
import {
  CARE_MODE_IDS,
  CENTRE_DATASET_SIZES,
  CENTRE_SORTS,
  DISTRICTS,
  FILING_STATUSES,
  HOST_TYPES,
  ORG_FORMS,
  SEARCH_LIMITS,
  VISIT_AGE_MESSAGE,
  VISIT_LIMITS,
} from '@/domain/centres'
import { methods } from './method'
import { dateString, id, nothing, oneOf, text, timeString, whole, yesNo } from './schema-kit'

const careMode = oneOf(CARE_MODE_IDS, '托育类型')
const hostType = oneOf(HOST_TYPES, '举办性质')
const orgForm = oneOf(ORG_FORMS, '机构形式')
const filingStatus = oneOf(FILING_STATUSES, '备案情况')
const district = oneOf(DISTRICTS, '所在区')
/** "请选择上午或下午": the visit form's own words. */
const slot = oneOf(VISIT_SLOTS, '上午或下午')

/** Centres are numbered ctr-0001 to ctr-5000 by the register; nothing else names one. */
const centreId = pipe(id('机构编号'), regex(/^ctr-\d{4}$/, '机构编号不正确'))
const visitId = pipe(id('参观预约编号'), regex(/^visit-\d{1,12}$/, '参观预约编号不正确'))

/** A latitude or longitude in degrees, on the globe. */
function degrees(label: string, limit: number) {
  return pipe(number(`${label}应为数字`), minValue(-limit, `${label}不能小于-${limit}`), maxValue(limit, `${label}不能大于${limit}`))
}

export const CentreSearchInput = object(
  {
    keyword: optional(text('关键词', { max: SEARCH_LIMITS.keyword })),
    district: optional(district),
    mode: optional(careMode),
    ageMonths: optional(whole('孩子月龄', 0, SEARCH_LIMITS.ageMonths)),
    inclusive: optional(yesNo('普惠')),
    hostType: optional(hostType),
    orgForm: optional(orgForm),
    feeMin: optional(whole('最低费用', 0, SEARCH_LIMITS.fee)),
    feeMax: optional(whole('最高费用', 0, SEARCH_LIMITS.fee)),
    hasPlaces: optional(yesNo('有空余托位')),
    filing: optional(filingStatus),
    sort: optional(oneOf(CENTRE_SORTS, '排序方式')),
    /** For sorting by distance; without it the answer says so and keeps the default order. */
    origin: optional(object({ latitude: degrees('纬度', 90), longitude: degrees('经度', 180) }, '位置格式不正确')),
    page: optional(whole('页码', 1, SEARCH_LIMITS.page)),
    pageSize: optional(whole('每页条数', 1, SEARCH_LIMITS.pageSize)),
  },
  '搜索条件格式不正确',
)

const Fees = object({ 'full-day': optional(number()), 'half-day': optional(number()), hourly: optional(number()), temporary: optional(number()) })

/** What a search result and a favourite show of a centre. */
export const CentreSummary = object({
  id: string(),
  name: string(),
  district,
  street: string(),
  address: string(),
  inclusive: boolean(),
  modes: array(careMode),
  ageMin: number(),
  ageMax: number(),
  placesFree: number(),
  placesTotal: number(),
  filingStatus,
  hostType,
  orgForm,
  latitude: number(),
  longitude: number(),
  /** The fee compared and sorted by (the chosen mode's, else the lowest monthly fee). */
  fee: nullable(number()),
  feeUnit: string(),
  /** km, when the search had a location. */
  distanceKm: nullable(number()),
})

/** Per filter dimension, how many results each chip would give ('all': with none chosen). */
const counts = record(string(), number())
export const Facets = object({ district: counts, mode: counts, inclusive: counts, hostType: counts, orgForm: counts, hasPlaces: counts, filing: counts })

export const CentreSearchPage = object({
  items: array(CentreSummary),
  total: number(),
  page: number(),
  pageSize: number(),
  hasMore: boolean(),
  facets: Facets,
  /** Sorting by distance was asked for without a location: the default order is used. */
  distanceUnavailable: boolean(),
})

/** Everything the register says about a centre, and whether the caller keeps it as a favourite. */
export const CentreDto = object({
  id: string(),
  name: string(),
  filingNo: string(),
  filingStatus,
  district,
  street: string(),
  address: string(),
  latitude: number(),
  longitude: number(),
  phone: string(),
  hostType,
  orgForm,
  /** 普惠: fees capped under the government's inclusive-childcare scheme. */
  inclusive: boolean(),
  modes: array(careMode),
  ageMin: number(),
  ageMax: number(),
  /** Fee per mode, in the mode's unit (元/月, 元/小时, 元/天). */
  fees: Fees,
  placesTotal: number(),
  placesFree: number(),
  hours: string(),
  photos: array(string()),
  facilities: array(string()),
  updatedAt: string(),
  favourite: boolean(),
})

/**
 * A visit request as the form sends it. The schema refuses what the form could never send; what a
 * person can get wrong (no date, a weekend, a short number, an age the centre does not take) is
 * left to the domain (visitErrors), so the backend words it as the form does.
 */
export const VisitInput = object({
  centreId,
  date: dateString('参观日期'),
  slot,
  // Empty passes here: the domain says "请输入手机号码", as the form does.
  phone: pipe(text('手机号码', { max: VISIT_LIMITS.phone }), regex(/^[\d\s-]*$/, '手机号码只能包含数字')),
  // Any age the form's two-digit box can hold; which of them the centre takes is the domain's to say.
  childAgeMonths: pipe(number(VISIT_AGE_MESSAGE), integer(VISIT_AGE_MESSAGE), minValue(0, VISIT_AGE_MESSAGE), maxValue(VISIT_LIMITS.typedAgeMonths, VISIT_AGE_MESSAGE)),
})

export const VisitDto = object({
  id: string(),
  centreId: string(),
  date: string(),
  slot,
  /** Masked: the full number stays with the centre. */
  phoneMasked: string(),
  childAgeMonths: number(),
  /** Worked out when read (src/domain/centre-visits.ts): the centre answers within a working day. */
  status: oneOf(VISIT_STATUSES, '参观预约状态'),
  createdAt: string(),
  centreName: string(),
  centreAddress: string(),
  centrePhone: string(),
  /** While pending: when the centre will have answered (ISO). */
  answerBy: nullable(string()),
  /** When the centre answered (ISO); null until it has, or when cancelled before. */
  answeredAt: nullable(string()),
  /** Confirmed: the time to arrive, e.g. 09:00. */
  time: nullable(timeString('参观时间')),
  /** Declined: the centre's reason. */
  declineReason: nullable(string()),
  /** The answer has not been seen yet: shown as a message until the parent marks it read. */
  unread: boolean(),
  /** Whether the parent can still cancel (pending, or confirmed and not yet past). */
  cancellable: boolean(),
})

const datasetSize = picklist(CENTRE_DATASET_SIZES, `演示数据只有 ${CENTRE_DATASET_SIZES.join(' 家和 ')} 家机构两种`)

export const centresMethods = methods({
  'centres.search': { summary: '按条件查找托育机构（分页，附各筛选项的数量）', payload: CentreSearchInput, result: CentreSearchPage },
  'centres.centre': { summary: '一家托育机构的详情', payload: object({ id: centreId }), result: CentreDto },
  'centres.favourite': { summary: '收藏或取消收藏一家机构', payload: object({ id: centreId, on: yesNo('是否收藏') }), result: object({ favourite: boolean() }) },
  'centres.favourites': { summary: '我收藏的机构（最近收藏的在前）', payload: nothing, result: array(CentreSummary) },
  'centres.requestVisit': { summary: '预约参观一家机构', payload: VisitInput, result: VisitDto },
  'centres.cancelVisit': { summary: '取消一条参观预约', payload: object({ id: visitId }), result: VisitDto },
  'centres.myVisits': { summary: '我的参观预约（最近的在前）', payload: nothing, result: array(VisitDto) },
  'centres.readAnswers': { summary: '把机构的答复都标为已读', payload: nothing, result: object({ done: literal(true) }) },
  'centres.useDataset': {
    summary: '演示与测试：切换到 200 家（默认）或 5,000 家机构的数据（需登录；HTTP 服务器仅在开启演示控制时接受）',
    payload: object({ size: datasetSize }),
    result: object({ size: datasetSize }),
  },
})

export type CentreSearchInput = InferOutput<typeof CentreSearchInput>
export type CentreSummary = InferOutput<typeof CentreSummary>
export type Facets = InferOutput<typeof Facets>
export type CentreSearchPage = InferOutput<typeof CentreSearchPage>
export type CentreDto = InferOutput<typeof CentreDto>
export type VisitInput = InferOutput<typeof VisitInput>
export type VisitDto = InferOutput<typeof VisitDto>
