import { generateCentres } from '../../mock/areas/centres/generator'
import { searchCentres } from '../../mock/areas/centres/search'
import { distanceKm } from '@/domain/booking'
import {
  compareCentres,
  FACET_DIMENSIONS,
  matchesCentre,
  referenceFee,
  sortKeys,
  visitDateRange,
  visitErrors,
  type Centre,
  type CentreQuery,
  type FacetDimension,
} from '@/domain/centres'

let serial = 0

/** A plain 西湖区 community centre; each test changes only what it is about. */
function centre(overrides: Partial<Centre> = {}): Centre {
  serial += 1
  return {
    id: `c-${String(serial).padStart(3, '0')}`,
    name: `测试托育${serial}`,
    filingNo: '330106托备2024001号',
    filingStatus: 'filed',
    district: '西湖区',
    street: '翠苑街道',
    address: '杭州市西湖区文三路100号',
    latitude: 30.2838,
    longitude: 120.1296,
    phone: '0571-88001234',
    hostType: 'private',
    orgForm: 'community',
    inclusive: false,
    modes: ['full-day'],
    ageMin: 12,
    ageMax: 36,
    fees: { 'full-day': 4000 },
    placesTotal: 30,
    placesFree: 5,
    hours: '周一至周五 8:00–18:00',
    photos: [],
    facilities: [],
    updatedAt: '2026-10-01',
    ...overrides,
  }
}

const matches = (c: Centre, query: CentreQuery) => matchesCentre(c, query)
const sorted = (list: Centre[], query: CentreQuery) => [...list].sort(compareCentres(query)).map((c) => c.name)

describe('filters, each alone', () => {
  test('an empty query matches every centre', () => {
    expect(matches(centre(), {})).toBe(true)
  })

  test('district', () => {
    const c = centre({ district: '滨江区' })
    expect(matches(c, { district: '滨江区' })).toBe(true)
    expect(matches(c, { district: '西湖区' })).toBe(false)
    expect(matches(c, { district: '' })).toBe(true)
  })

  test('care mode: the centre must offer it', () => {
    const c = centre({ modes: ['full-day', 'hourly'], fees: { 'full-day': 4000, hourly: 50 } })
    expect(matches(c, { mode: 'full-day' })).toBe(true)
    expect(matches(c, { mode: 'hourly' })).toBe(true)
    expect(matches(c, { mode: 'half-day' })).toBe(false)
    expect(matches(c, { mode: 'temporary' })).toBe(false)
  })

  test('age in months: ageMin and ageMax themselves match, one month outside does not', () => {
    const c = centre({ ageMin: 12, ageMax: 30 })
    expect(matches(c, { ageMonths: 12 })).toBe(true)
    expect(matches(c, { ageMonths: 30 })).toBe(true)
    expect(matches(c, { ageMonths: 20 })).toBe(true)
    expect(matches(c, { ageMonths: 11 })).toBe(false)
    expect(matches(c, { ageMonths: 31 })).toBe(false)
    // 0 is a real age (a newborn), not "no filter".
    expect(matches(centre({ ageMin: 0, ageMax: 24 }), { ageMonths: 0 })).toBe(true)
    expect(matches(c, { ageMonths: 0 })).toBe(false)
  })

  test('普惠 only', () => {
    expect(matches(centre({ inclusive: true }), { inclusive: true })).toBe(true)
    expect(matches(centre({ inclusive: false }), { inclusive: true })).toBe(false)
    expect(matches(centre({ inclusive: false }), { inclusive: false })).toBe(true)
  })

  test('host type', () => {
    const c = centre({ hostType: 'public-private' })
    expect(matches(c, { hostType: 'public-private' })).toBe(true)
    expect(matches(c, { hostType: 'public' })).toBe(false)
    expect(matches(c, { hostType: 'private' })).toBe(false)
  })

  test('organisation form', () => {
    const c = centre({ orgForm: 'kindergarten' })
    expect(matches(c, { orgForm: 'kindergarten' })).toBe(true)
    expect(matches(c, { orgForm: 'community' })).toBe(false)
    expect(matches(c, { orgForm: 'family' })).toBe(false)
  })

  test('有空位: a centre with no free places is left out', () => {
    expect(matches(centre({ placesFree: 1 }), { hasPlaces: true })).toBe(true)
    expect(matches(centre({ placesFree: 0 }), { hasPlaces: true })).toBe(false)
    expect(matches(centre({ placesFree: 0 }), {})).toBe(true)
  })

  test('filing status', () => {
    const pending = centre({ filingStatus: 'pending', filingNo: '' })
    expect(matches(pending, { filing: 'pending' })).toBe(true)
    expect(matches(pending, { filing: 'filed' })).toBe(false)
    expect(matches(centre(), { filing: 'filed' })).toBe(true)
  })
})

describe('keyword', () => {
  const c = centre({ name: '小橡树托育（翠苑社区店）', address: '杭州市西湖区文三路88号', street: '翠苑街道' })

  test('matches the name, the address or the street', () => {
    expect(matches(c, { keyword: '小橡树' })).toBe(true)
    expect(matches(c, { keyword: '文三路' })).toBe(true)
    expect(matches(c, { keyword: '翠苑街道' })).toBe(true)
    expect(matches(c, { keyword: '滨江' })).toBe(false)
  })

  test('every word must match, wherever it is; blank and surrounding spaces are ignored', () => {
    expect(matches(c, { keyword: '小橡树 文三路' })).toBe(true)
    expect(matches(c, { keyword: '  小橡树   翠苑街道 ' })).toBe(true)
    expect(matches(c, { keyword: '小橡树\u3000文三路' })).toBe(true) // full-width space, as Chinese IMEs type it
    expect(matches(c, { keyword: '小橡树 滨盛路' })).toBe(false)
    expect(matches(c, { keyword: '   ' })).toBe(true)
    expect(matches(c, { keyword: '' })).toBe(true)
  })

  test('is case-insensitive both ways', () => {
    const latin = centre({ name: 'Happy Kids 托育', address: '杭州市滨江区江南大道1号', street: '西兴街道' })
    expect(matches(latin, { keyword: 'happy' })).toBe(true)
    expect(matches(latin, { keyword: 'HAPPY kids' })).toBe(true)
    expect(matches(latin, { keyword: 'KiDs' })).toBe(true)
    expect(matches(latin, { keyword: 'kids sad' })).toBe(false)
  })
})

describe('fee range and the reference fee', () => {
  const both = centre({ modes: ['full-day', 'half-day', 'hourly'], fees: { 'full-day': 4000, 'half-day': 2500, hourly: 50 } })
  const hourlyOnly = centre({ modes: ['hourly'], fees: { hourly: 40 } })

  test('reference fee: the mode’s fee, else the lowest of 全日托 and 半日托', () => {
    expect(referenceFee(both)).toBe(2500)
    expect(referenceFee(both, 'full-day')).toBe(4000)
    expect(referenceFee(both, 'hourly')).toBe(50)
    expect(referenceFee(both, 'temporary')).toBeNull()
    expect(referenceFee(hourlyOnly)).toBeNull()
    expect(referenceFee(centre({ modes: ['full-day'], fees: { 'full-day': 3100 } }))).toBe(3100)
  })

  test('feeMin and feeMax are inclusive', () => {
    const c = centre({ fees: { 'full-day': 3000 } })
    expect(matches(c, { feeMin: 3000 })).toBe(true)
    expect(matches(c, { feeMin: 3001 })).toBe(false)
    expect(matches(c, { feeMax: 3000 })).toBe(true)
    expect(matches(c, { feeMax: 2999 })).toBe(false)
    expect(matches(c, { feeMin: 3000, feeMax: 3000 })).toBe(true)
    expect(matches(c, { feeMin: 0, feeMax: 2999 })).toBe(false)
  })

  test('without a mode the lowest monthly fee is compared', () => {
    expect(matches(both, { feeMax: 2500 })).toBe(true) // half-day 2500
    expect(matches(both, { feeMin: 2600 })).toBe(false) // full-day 4000 is not the compared fee
    expect(matches(both, { feeMin: 2500, feeMax: 2500 })).toBe(true)
  })

  test('with a mode that mode’s fee is compared', () => {
    expect(matches(both, { mode: 'full-day', feeMax: 2500 })).toBe(false)
    expect(matches(both, { mode: 'full-day', feeMin: 4000, feeMax: 4000 })).toBe(true)
    expect(matches(both, { mode: 'hourly', feeMin: 40, feeMax: 60 })).toBe(true)
    expect(matches(both, { mode: 'hourly', feeMin: 51 })).toBe(false)
  })

  test('a centre with only 计时托 is left out when a fee range is set without a mode', () => {
    expect(matches(hourlyOnly, {})).toBe(true)
    expect(matches(hourlyOnly, { feeMax: 100000 })).toBe(false)
    expect(matches(hourlyOnly, { feeMin: 0 })).toBe(false)
    expect(matches(hourlyOnly, { mode: 'hourly', feeMax: 40 })).toBe(true)
  })
})

describe('filters combined', () => {
  const list = [
    centre({ name: 'A', district: '西湖区', inclusive: true, hostType: 'public', modes: ['full-day', 'half-day'], fees: { 'full-day': 2800, 'half-day': 1750 }, placesFree: 3 }),
    centre({ name: 'B', district: '西湖区', inclusive: true, hostType: 'public', modes: ['full-day'], fees: { 'full-day': 2800 }, placesFree: 0 }),
    centre({ name: 'C', district: '西湖区', inclusive: false, hostType: 'private', modes: ['full-day', 'half-day'], fees: { 'full-day': 6000, 'half-day': 3700 }, placesFree: 9 }),
    centre({ name: 'D', district: '滨江区', inclusive: true, hostType: 'public', modes: ['full-day', 'half-day'], fees: { 'full-day': 2800, 'half-day': 1750 }, placesFree: 3 }),
    centre({ name: 'E', district: '西湖区', inclusive: true, hostType: 'public', modes: ['full-day', 'half-day'], fees: { 'full-day': 2800, 'half-day': 1750 }, placesFree: 3, ageMin: 24 }),
    centre({ name: 'F', district: '西湖区', inclusive: true, hostType: 'public', modes: ['full-day'], fees: { 'full-day': 2800 }, placesFree: 3, filingStatus: 'pending', filingNo: '' }),
  ]
  const names = (query: CentreQuery) => list.filter((c) => matches(c, query)).map((c) => c.name)

  test('every filter must hold', () => {
    const query: CentreQuery = { district: '西湖区', inclusive: true, hasPlaces: true, mode: 'half-day', ageMonths: 18, feeMax: 2000 }
    expect(names(query)).toEqual(['A'])
    expect(names({ ...query, filing: 'filed', hostType: 'public', orgForm: 'community', keyword: '文三路' })).toEqual(['A'])
    expect(names({ district: '西湖区', inclusive: true, hasPlaces: true })).toEqual(['A', 'E', 'F'])
    expect(names({ district: '西湖区', inclusive: true, hasPlaces: true, filing: 'filed', ageMonths: 18 })).toEqual(['A'])
    expect(names({ district: '西湖区', hostType: 'private', inclusive: true })).toEqual([])
  })
})

describe('sorting', () => {
  // zh-CN collation orders names by 拼音: 安 an < 白 bai < 晨 chen < 东 dong < 恩 en.
  test('by fee: cheapest first, centres without a comparable fee last', () => {
    const list = [
      centre({ name: '东方托育', fees: { 'full-day': 3500 } }),
      centre({ name: '安心托育', modes: ['hourly'], fees: { hourly: 30 } }),
      centre({ name: '白鹭托育', modes: ['full-day', 'half-day'], fees: { 'full-day': 4000, 'half-day': 2400 } }),
      centre({ name: '晨光托育', fees: { 'full-day': 2600 } }),
    ]
    expect(sorted(list, { sort: 'fee' })).toEqual(['白鹭托育', '晨光托育', '东方托育', '安心托育'])
    // With a mode, that mode's fee; a centre without the mode goes last.
    expect(sorted(list, { sort: 'fee', mode: 'full-day' })).toEqual(['晨光托育', '东方托育', '白鹭托育', '安心托育'])
    expect(sorted(list, { sort: 'fee', mode: 'hourly' })[0]).toBe('安心托育')
  })

  test('by fee: equal fees go by name', () => {
    const list = [centre({ name: '东方托育' }), centre({ name: '安心托育' }), centre({ name: '白鹭托育' })]
    expect(sorted(list, { sort: 'fee' })).toEqual(['安心托育', '白鹭托育', '东方托育'])
  })

  test('by distance from an origin: nearest first; equal distance by fee, then name', () => {
    const origin = { latitude: 30.28, longitude: 120.13 }
    const at = (dLat: number) => ({ latitude: origin.latitude + dLat, longitude: origin.longitude })
    const list = [
      centre({ name: '安心托育', ...at(0.05) }),
      centre({ name: '东方托育', ...at(0.01), fees: { 'full-day': 5000 } }),
      centre({ name: '晨光托育', ...at(0.01), fees: { 'full-day': 3000 } }),
      centre({ name: '白鹭托育', ...at(0.01), fees: { 'full-day': 3000 } }),
      centre({ name: '恩泽托育', ...at(0.002), fees: { 'full-day': 9000 } }),
    ]
    expect(sorted(list, { sort: 'distance', origin })).toEqual(['恩泽托育', '白鹭托育', '晨光托育', '东方托育', '安心托育'])
    expect(sortKeys({ sort: 'distance', origin })(list[0])).toEqual([distanceKm(origin, list[0]), 4000])
  })

  test('by distance without an origin: the default order', () => {
    const list = [
      centre({ name: '安心托育', inclusive: false, placesFree: 10 }),
      centre({ name: '白鹭托育', inclusive: true, placesFree: 1 }),
      centre({ name: '晨光托育', inclusive: true, placesFree: 8 }),
    ]
    expect(sorted(list, { sort: 'distance' })).toEqual(sorted(list, { sort: 'default' }))
    expect(sorted(list, { sort: 'distance' })).toEqual(['晨光托育', '白鹭托育', '安心托育'])
    expect(sortKeys({ sort: 'distance' })(list[0])).toEqual(sortKeys({})(list[0]))
  })

  test('by places: most free places first', () => {
    const list = [
      centre({ name: '安心托育', placesFree: 2 }),
      centre({ name: '白鹭托育', placesFree: 15 }),
      centre({ name: '晨光托育', placesFree: 0 }),
      centre({ name: '东方托育', placesFree: 15 }),
    ]
    expect(sorted(list, { sort: 'places' })).toEqual(['白鹭托育', '东方托育', '安心托育', '晨光托育'])
  })

  test('default: 普惠 first, then 已备案, then most free places', () => {
    const list = [
      centre({ name: '安心托育', inclusive: false, filingStatus: 'filed', placesFree: 19 }),
      centre({ name: '白鹭托育', inclusive: true, filingStatus: 'pending', placesFree: 19 }),
      centre({ name: '晨光托育', inclusive: true, filingStatus: 'filed', placesFree: 1 }),
      centre({ name: '东方托育', inclusive: true, filingStatus: 'filed', placesFree: 6 }),
      centre({ name: '恩泽托育', inclusive: false, filingStatus: 'pending', placesFree: 19 }),
    ]
    const expected = ['东方托育', '晨光托育', '白鹭托育', '安心托育', '恩泽托育']
    expect(sorted(list, {})).toEqual(expected)
    expect(sorted(list, { sort: 'default' })).toEqual(expected)
  })

  test('ties: by name in 拼音 order, then by id; the order does not depend on the input order', () => {
    const a = centre({ id: 'c-b', name: '安心托育' })
    const b = centre({ id: 'c-a', name: '安心托育' })
    const c = centre({ id: 'c-0', name: '白鹭托育' })
    const ids = (list: Centre[]) => [...list].sort(compareCentres({})).map((x) => x.id)
    expect(ids([a, b, c])).toEqual(['c-a', 'c-b', 'c-0'])
    expect(ids([c, b, a])).toEqual(['c-a', 'c-b', 'c-0'])
    expect(compareCentres({})(a, a)).toBe(0)
  })
})

describe('visit requests', () => {
  const today = '2026-11-24' // a Tuesday
  const range = { ageMin: 12, ageMax: 30 }
  type VisitInput = Parameters<typeof visitErrors>[0]
  const valid: VisitInput = { date: '2026-11-25', slot: 'morning', phone: '13857161234', childAgeMonths: 14 }
  const errors = (patch: Partial<VisitInput>) => visitErrors({ ...valid, ...patch }, today, range)

  test('a valid request has no errors', () => {
    expect(visitErrors(valid, today, range)).toEqual({})
    expect(errors({ slot: 'afternoon' })).toEqual({})
  })

  test('date: required, a real date, from tomorrow to 30 days ahead, a weekday', () => {
    expect(errors({ date: '' }).date).toBe('请选择参观日期')
    expect(errors({ date: '2026-11-31' }).date).toBe('日期格式不正确，应为年-月-日')
    expect(errors({ date: '2026/11/25' }).date).toBe('日期格式不正确，应为年-月-日')
    expect(errors({ date: 'tomorrow' }).date).toBe('日期格式不正确，应为年-月-日')
    expect(errors({ date: '2026-11-24' }).date).toBe('最早可预约明天参观')
    expect(errors({ date: '2026-11-20' }).date).toBe('最早可预约明天参观')
    expect(errors({ date: '2026-11-25' }).date).toBeUndefined()
    expect(errors({ date: '2026-12-24' }).date).toBeUndefined() // 30 days ahead, a Thursday
    expect(errors({ date: '2026-12-25' }).date).toBe('只能预约30天内的参观') // 31 days ahead, a Friday
    expect(errors({ date: '2026-11-28' }).date).toBe('周末不安排参观，请选择工作日') // Saturday
    expect(errors({ date: '2026-11-29' }).date).toBe('周末不安排参观，请选择工作日') // Sunday
    expect(errors({ date: '2026-11-30' }).date).toBeUndefined() // Monday
  })

  test('the date field offers exactly the days the check allows', () => {
    const { start, end } = visitDateRange(today)
    expect([start, end]).toEqual(['2026-11-25', '2026-12-24'])
    expect(errors({ date: start }).date).toBeUndefined()
    expect(errors({ date: end }).date).toBeUndefined()
    expect(visitDateRange('2026-12-31')).toEqual({ start: '2027-01-01', end: '2027-01-30' }) // across the year
  })

  test('slot: morning or afternoon', () => {
    expect(errors({ slot: '' }).slot).toBe('请选择上午或下午')
    expect(errors({ slot: 'evening' }).slot).toBe('请选择上午或下午')
    expect(errors({ slot: 'afternoon' }).slot).toBeUndefined()
  })

  test('phone: a mainland mobile number', () => {
    expect(errors({ phone: '' }).phone).toBe('请输入手机号码')
    expect(errors({ phone: '1385716123a' }).phone).toBe('手机号码只能包含数字')
    expect(errors({ phone: '1385716123' }).phone).toBe('手机号码应为11位')
    expect(errors({ phone: '138571612345' }).phone).toBe('手机号码应为11位')
    expect(errors({ phone: '12857161234' }).phone).toBe('手机号码应以13至19开头')
    expect(errors({ phone: '057188001234' }).phone).toBeTruthy() // a landline is not a mobile
    expect(errors({ phone: '138 5716 1234' }).phone).toBeUndefined()
    expect(errors({ phone: '138-5716-1234' }).phone).toBeUndefined()
    expect(errors({ phone: '19912345678' }).phone).toBeUndefined()
  })

  test('child’s age: required, whole months 0–36, within the centre’s range', () => {
    const general = '请填写孩子的月龄（0–36个月）'
    expect(errors({ childAgeMonths: null }).childAgeMonths).toBe(general)
    expect(errors({ childAgeMonths: -1 }).childAgeMonths).toBe(general)
    expect(errors({ childAgeMonths: 37 }).childAgeMonths).toBe(general)
    expect(errors({ childAgeMonths: 14.5 }).childAgeMonths).toBe(general)
    expect(errors({ childAgeMonths: Number.NaN }).childAgeMonths).toBe(general)
    expect(errors({ childAgeMonths: 11 }).childAgeMonths).toBe('这家机构招收12–30个月的孩子')
    expect(errors({ childAgeMonths: 31 }).childAgeMonths).toBe('这家机构招收12–30个月的孩子')
    expect(errors({ childAgeMonths: 12 }).childAgeMonths).toBeUndefined()
    expect(errors({ childAgeMonths: 30 }).childAgeMonths).toBeUndefined()
    expect(visitErrors({ ...valid, childAgeMonths: 0 }, today, { ageMin: 0, ageMax: 36 })).toEqual({})
    expect(visitErrors({ ...valid, childAgeMonths: 36 }, today, { ageMin: 0, ageMax: 36 })).toEqual({})
  })

  test('every wrong field is reported at once', () => {
    expect(Object.keys(visitErrors({ date: '', slot: '', phone: '', childAgeMonths: null }, today, range)).sort()).toEqual(['childAgeMonths', 'date', 'phone', 'slot'])
  })
})

describe('generated centres', () => {
  const city = generateCentres(200)

  test('are the same for the same seed and count, different for another seed', () => {
    expect(JSON.stringify(generateCentres(200))).toBe(JSON.stringify(city))
    expect(JSON.stringify(generateCentres(50, 7))).toBe(JSON.stringify(generateCentres(50, 7)))
    expect(JSON.stringify(generateCentres(200, 1))).not.toBe(JSON.stringify(city))
    // The default data set is the first 200 of the large one, so ids mean the same centre in both.
    expect(JSON.stringify(generateCentres(5000).slice(0, 200))).toBe(JSON.stringify(city))
  })

  test('cover all ten districts', () => {
    const districts = new Set(city.map((c) => c.district))
    expect(districts.size).toBe(10)
    for (const name of ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区']) expect(districts).toContain(name)
  })

  test('every centre is complete and consistent', () => {
    for (const c of city) {
      expect(c.id).toMatch(/^ctr-\d{4}$/)
      expect(c.name.length).toBeGreaterThan(0)
      expect(c.address.startsWith(`杭州市${c.district}`)).toBe(true)
      expect(c.street).toMatch(/街道$/)
      expect(c.phone).toMatch(/^0571-8\d{7}$/)
      if (c.filingStatus === 'filed') expect(c.filingNo).toMatch(/^\d{6}托备\d{4}\d{3}号$/)
      else expect(c.filingNo).toBe('')
      expect(c.modes.length).toBeGreaterThan(0)
      expect(new Set(c.modes).size).toBe(c.modes.length)
      expect(Object.keys(c.fees).sort()).toEqual([...c.modes].sort())
      for (const fee of Object.values(c.fees)) expect(fee).toBeGreaterThan(0)
      expect(c.ageMin).toBeGreaterThanOrEqual(0)
      expect(c.ageMax).toBeLessThanOrEqual(36)
      expect(c.ageMin).toBeLessThan(c.ageMax)
      expect(Number.isInteger(c.placesFree)).toBe(true)
      expect(c.placesFree).toBeGreaterThanOrEqual(0)
      expect(c.placesFree).toBeLessThanOrEqual(c.placesTotal)
      expect(c.latitude).toBeGreaterThan(29.9)
      expect(c.latitude).toBeLessThan(30.6)
      expect(c.longitude).toBeGreaterThan(119.6)
      expect(c.longitude).toBeLessThan(120.6)
      expect(c.hours).toBeTruthy()
      expect(c.photos.length).toBeGreaterThanOrEqual(3)
      expect(c.facilities.length).toBeGreaterThanOrEqual(4)
      expect(c.updatedAt).toMatch(/^2026-\d{2}-\d{2}$/)
    }
    expect(new Set(city.map((c) => c.id)).size).toBe(200)
    expect(new Set(city.map((c) => c.name)).size).toBe(200)
  })

  test('the data has variety to filter on', () => {
    expect(city.some((c) => c.placesFree === 0)).toBe(true)
    expect(city.some((c) => c.filingStatus === 'pending')).toBe(true)
    expect(city.some((c) => c.inclusive)).toBe(true)
    expect(city.some((c) => !c.inclusive)).toBe(true)
    expect(new Set(city.map((c) => c.orgForm)).size).toBe(5)
    expect(new Set(city.map((c) => c.hostType)).size).toBe(3)
    expect(new Set(city.flatMap((c) => c.modes)).size).toBe(4)
  })

  test('5,000 centres generate, each with a unique id and name', () => {
    const large = generateCentres(5000)
    expect(large).toHaveLength(5000)
    expect(new Set(large.map((c) => c.id)).size).toBe(5000)
    expect(new Set(large.map((c) => c.name)).size).toBe(5000)
  })
})

describe('search over the generated city', () => {
  const city = generateCentres(200)
  const bruteForce = (query: CentreQuery) => city.filter((c) => matchesCentre(c, query)).sort(compareCentres(query))
  const ids = (list: Centre[]) => list.map((c) => c.id)

  const queries: CentreQuery[] = [
    {},
    { district: '西湖区' },
    { inclusive: true, hasPlaces: true },
    { mode: 'half-day', feeMax: 2000 },
    { feeMin: 2500, feeMax: 4000, sort: 'fee' },
    { ageMonths: 8, filing: 'filed', sort: 'places' },
    { keyword: '托育 街道', hostType: 'private' },
    { keyword: '杭州市 西湖区' },
    { orgForm: 'family', sort: 'fee', mode: 'hourly' },
    { sort: 'distance', origin: { latitude: 30.2838, longitude: 120.1296 } },
    { sort: 'distance', hasPlaces: true },
    { mode: 'temporary', ageMonths: 30, inclusive: true, district: '萧山区', sort: 'fee' },
  ]

  test.each(queries.map((query) => [JSON.stringify(query), query] as const))('results equal a brute-force filter and sort: %s', (_, query) => {
    const { matches: found, distanceUnavailable } = searchCentres(city, query)
    expect(ids(found)).toEqual(ids(bruteForce(query)))
    expect(distanceUnavailable).toBe(query.sort === 'distance' && !query.origin)
  })

  test.each(queries.map((query) => [JSON.stringify(query), query] as const))('the first 1, 40 and 120 results with a limit are the full order\'s first ones: %s', (_, query) => {
    const full = searchCentres(city, query)
    for (const limit of [1, 40, 120]) {
      const limited = searchCentres(city, query, limit)
      expect(ids(limited.matches)).toEqual(ids(full.matches.slice(0, limit)))
      expect(limited.total).toBe(full.matches.length)
      expect(limited.facets).toEqual(full.facets)
    }
  })

  test('the brute-force comparisons are not vacuous', () => {
    expect(bruteForce({ district: '西湖区' }).length).toBeGreaterThan(5)
    expect(bruteForce({ mode: 'half-day', feeMax: 2000 }).length).toBeGreaterThan(5)
    expect(bruteForce({ keyword: '杭州市 西湖区' }).length).toBe(bruteForce({ district: '西湖区' }).length)
  })

  /** The query with `dimension` set to the chip's value: what tapping the chip would search. */
  function withChip(query: CentreQuery, dimension: FacetDimension, value: string): CentreQuery {
    const next: CentreQuery = { ...query }
    if (value === 'all') {
      delete next[dimension] // each dimension is named after its query field
      return next
    }
    switch (dimension) {
      case 'inclusive':
        return { ...next, inclusive: true }
      case 'hasPlaces':
        return { ...next, hasPlaces: true }
      case 'mode':
        return { ...next, mode: value as CentreQuery['mode'] }
      case 'hostType':
        return { ...next, hostType: value as CentreQuery['hostType'] }
      case 'orgForm':
        return { ...next, orgForm: value as CentreQuery['orgForm'] }
      case 'filing':
        return { ...next, filing: value as CentreQuery['filing'] }
      case 'district':
        return { ...next, district: value }
    }
  }

  /** Every chip of every dimension: its count against the total the search gives with it chosen. */
  function facetMismatches(query: CentreQuery, dimensions: FacetDimension[] = FACET_DIMENSIONS) {
    const { facets } = searchCentres(city, query)
    const wrong: string[] = []
    let checked = 0
    for (const dimension of dimensions) {
      for (const [value, count] of Object.entries(facets[dimension])) {
        checked += 1
        const total = searchCentres(city, withChip(query, dimension, value)).matches.length
        if (total !== count) wrong.push(`${dimension}=${value}: chip says ${count}, search gives ${total}`)
      }
    }
    return { wrong, checked }
  }

  const chipQueries: CentreQuery[] = [
    {},
    { district: '西湖区', hasPlaces: true },
    { inclusive: true, hostType: 'public', ageMonths: 18 },
    { keyword: '托育', filing: 'filed', orgForm: 'community', mode: 'half-day' },
    { district: '余杭区', mode: 'hourly', hasPlaces: true, inclusive: true, sort: 'places' },
  ]

  test.each(chipQueries.map((query) => [JSON.stringify(query), query] as const))('a chip’s count is the total it gives when chosen: %s', (_, query) => {
    const { wrong, checked } = facetMismatches(query)
    expect(wrong).toEqual([])
    expect(checked).toBeGreaterThan(20)
  })

  test('the counts match the search for the current chip and for “all”', () => {
    const query: CentreQuery = { district: '西湖区', hasPlaces: true }
    const { matches: found, facets } = searchCentres(city, query)
    expect(facets.district['西湖区']).toBe(found.length)
    expect(facets.hasPlaces.true).toBe(found.length)
    expect(facets.district.all).toBe(searchCentres(city, { hasPlaces: true }).matches.length)
    expect(facets.hasPlaces.all).toBe(searchCentres(city, { district: '西湖区' }).matches.length)
    expect(facets.mode.all).toBe(found.length)
  })

  test('with a fee range, the chips of every dimension but 托育类型 still match the search', () => {
    const others = FACET_DIMENSIONS.filter((d) => d !== 'mode')
    expect(facetMismatches({ feeMax: 3000 }, others).wrong).toEqual([])
    expect(facetMismatches({ mode: 'full-day', feeMin: 2500, feeMax: 4000, district: '西湖区' }, others).wrong).toEqual([])
  })

  // With a fee range, each 托育类型 chip is counted with that mode's own fee.
  it('with a fee range, each 托育类型 chip’s count is the total it gives when chosen', () => {
    expect(facetMismatches({ feeMax: 3000 }, ['mode']).wrong).toEqual([])
    expect(facetMismatches({ mode: 'full-day', feeMin: 2500, feeMax: 4000 }, ['mode']).wrong).toEqual([])
  })
})
