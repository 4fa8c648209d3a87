import type { CareMode, Centre, District, FilingStatus, HostType, OrgForm } from '@/domain/centres'

/**
 * Childcare centres for one city (杭州), generated from a seed: the same seed and count always
 * give the same centres, so tests, benchmarks and the demo agree. Names, streets and prices
 * follow what Hangzhou's registered centres look like; the centres themselves are invented.
 */

/** mulberry32: a tiny seeded PRNG, good enough for demo data and fully deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface DistrictSeed {
  name: District
  code: string
  streets: Array<[string, number, number]>
  roads: string[]
}

export const CITY: DistrictSeed[] = [
  { name: '上城区', code: '330102', streets: [['湖滨街道', 30.2571, 120.1652], ['清波街道', 30.2389, 120.1664], ['四季青街道', 30.2601, 120.2012], ['凯旋街道', 30.2746, 120.1908], ['笕桥街道', 30.3155, 120.2174]], roads: ['解放路', '凯旋路', '秋涛路', '景芳路', '近江路'] },
  { name: '拱墅区', code: '330105', streets: [['米市巷街道', 30.2801, 120.1552], ['湖墅街道', 30.2873, 120.1496], ['大关街道', 30.3072, 120.1502], ['半山街道', 30.3561, 120.1843], ['祥符街道', 30.3214, 120.1247]], roads: ['湖墅南路', '莫干山路', '大关路', '上塘路', '丰潭路'] },
  { name: '西湖区', code: '330106', streets: [['翠苑街道', 30.2838, 120.1296], ['文新街道', 30.2893, 120.1127], ['古荡街道', 30.2756, 120.1233], ['西溪街道', 30.2671, 120.1398], ['转塘街道', 30.1603, 120.0915]], roads: ['文三路', '文一西路', '古墩路', '学院路', '天目山路'] },
  { name: '滨江区', code: '330108', streets: [['西兴街道', 30.2107, 120.2113], ['长河街道', 30.1913, 120.2046], ['浦沿街道', 30.1798, 120.1583]], roads: ['江南大道', '滨盛路', '长河路', '江陵路', '浦沿路'] },
  { name: '萧山区', code: '330109', streets: [['城厢街道', 30.1627, 120.2625], ['北干街道', 30.1785, 120.2712], ['宁围街道', 30.2296, 120.2741], ['新塘街道', 30.1783, 120.3054]], roads: ['金城路', '市心路', '人民路', '山阴路', '通惠路'] },
  { name: '余杭区', code: '330110', streets: [['五常街道', 30.2949, 120.0638], ['仓前街道', 30.2929, 120.0012], ['良渚街道', 30.3702, 120.0466], ['闲林街道', 30.2601, 119.9832]], roads: ['五常大道', '文一西路', '良渚路', '闲林街', '仓兴街'] },
  { name: '临平区', code: '330113', streets: [['临平街道', 30.4222, 120.2995], ['南苑街道', 30.4098, 120.3003], ['崇贤街道', 30.4062, 120.1925]], roads: ['临平大道', '迎宾路', '南苑街', '星光街', '崇贤路'] },
  { name: '钱塘区', code: '330114', streets: [['白杨街道', 30.3078, 120.3605], ['下沙街道', 30.3034, 120.3246], ['义蓬街道', 30.3093, 120.4847]], roads: ['学林街', '文泽路', '下沙路', '义蓬路', '福城路'] },
  { name: '富阳区', code: '330111', streets: [['富春街道', 30.0489, 119.9602], ['银湖街道', 30.1279, 120.0198]], roads: ['富春路', '江滨西大道', '银湖大道', '恩波大道'] },
  { name: '临安区', code: '330112', streets: [['锦城街道', 30.2337, 119.7241], ['青山湖街道', 30.2493, 119.8004]], roads: ['钱王大街', '锦城路', '青山大道', '衣锦街'] },
]

const BRANDS = ['小橡树', '贝乐', '童心', '启航', '小太阳', '蒲公英', '爱贝', '禾苗', '彩虹桥', '小蜗牛', '星光', '朵朵', '悦成长', '乐宝', '知了', '暖阳']
const FACILITIES = ['独立午睡室', '室内活动室', '户外活动场地', '母婴室', '保健观察室', '食品留样', '新风系统', '全覆盖监控（家长可看）', '绘本阅读区', '感统训练室', '儿童卫生间', '晨检机']
const PHOTOS = ['活动室', '午睡室', '户外场地', '阅读区', '餐厅', '入口']
// Weighted like the city's register: mostly community and kindergarten classes, few hubs.
const FORMS: OrgForm[] = ['integrated', 'community', 'community', 'community', 'kindergarten', 'kindergarten', 'employer', 'family', 'family']

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]
}

function someOf<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1))
  return [...items].sort(() => random() - 0.5).slice(0, count)
}

const round = (value: number, step: number) => Math.round(value / step) * step

function nameFor(random: () => number, form: OrgForm, street: string, district: string): string {
  const brand = pick(random, BRANDS)
  const place = street.replace('街道', '')
  switch (form) {
    case 'integrated':
      return `${district}${place}托育综合服务中心`
    case 'community':
      return `${brand}托育（${place}社区店）`
    case 'kindergarten':
      return `${place}${pick(random, ['第一', '第二', '实验', '中心'])}幼儿园托班`
    case 'employer':
      return `${pick(random, ['海康', '阿里', '网易', '吉利', '华三', '大华', '市妇保'])}${pick(random, ['职工', '员工'])}${brand}托育园`
    case 'family':
      return `${brand}家庭托育点（${place}）`
  }
}

const SUFFIXES = ['', '二园', '三园', '四园', '五园']

/** A second centre of the same name becomes 二园, then 三园…, then numbered. */
function unique(names: Map<string, number>, name: string): string {
  const seen = names.get(name) ?? 0
  names.set(name, seen + 1)
  if (seen === 0) return name
  return `${name}·${SUFFIXES[seen] ?? `${seen + 1}园`}`
}

export function generateCentres(count: number, seed = 20261124): Centre[] {
  const random = seededRandom(seed)
  const centres: Centre[] = []
  const names = new Map<string, number>()
  for (let i = 0; i < count; i += 1) {
    const district = CITY[i % CITY.length]
    const [street, lat, lon] = pick(random, district.streets)
    const orgForm = pick(random, FORMS)
    const hostType: HostType = orgForm === 'integrated' ? 'public' : orgForm === 'kindergarten' ? pick(random, ['public', 'public-private'] as const) : pick(random, ['private', 'private', 'public-private'] as const)
    const inclusive = hostType !== 'private' || random() < 0.35
    const modes: CareMode[] = orgForm === 'family' ? someOf(random, ['full-day', 'half-day', 'hourly'] as const, 1, 2) : ['full-day', ...someOf(random, ['half-day', 'hourly', 'temporary'] as const, 0, 3)]
    const ageMin = orgForm === 'kindergarten' ? 24 : pick(random, [0, 6, 12, 18])
    const ageMax = orgForm === 'kindergarten' ? 36 : Math.max(ageMin + 12, pick(random, [24, 30, 36, 36]))
    const base = inclusive ? 2200 + random() * 1600 : 3800 + random() * 4200
    const fees: Centre['fees'] = {}
    if (modes.includes('full-day')) fees['full-day'] = round(base, 100)
    if (modes.includes('half-day')) fees['half-day'] = round(base * 0.62, 50)
    if (modes.includes('hourly')) fees.hourly = round(inclusive ? 25 + random() * 15 : 40 + random() * 40, 5)
    if (modes.includes('temporary')) fees.temporary = round(inclusive ? 120 + random() * 60 : 180 + random() * 150, 10)
    const placesTotal = orgForm === 'family' ? 5 + Math.floor(random() * 6) : 20 + Math.floor(random() * 100)
    const placesFree = random() < 0.25 ? 0 : Math.floor(random() * Math.min(20, placesTotal))
    const filingStatus: FilingStatus = random() < 0.9 ? 'filed' : 'pending'
    const year = 2021 + Math.floor(random() * 5)
    const open = pick(random, ['7:30', '8:00'])
    const close = pick(random, ['17:30', '18:00', '18:30'])
    centres.push({
      id: `ctr-${String(i + 1).padStart(4, '0')}`,
      name: unique(names, nameFor(random, orgForm, street, district.name)),
      filingNo: filingStatus === 'filed' ? `${district.code}托备${year}${String(1 + Math.floor(random() * 999)).padStart(3, '0')}号` : '',
      filingStatus,
      district: district.name,
      street,
      address: `杭州市${district.name}${pick(random, district.roads)}${10 + Math.floor(random() * 890)}号`,
      latitude: Number((lat + (random() - 0.5) * 0.03).toFixed(5)),
      longitude: Number((lon + (random() - 0.5) * 0.03).toFixed(5)),
      phone: `0571-8${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
      hostType,
      orgForm,
      inclusive,
      modes,
      ageMin,
      ageMax,
      fees,
      placesTotal,
      placesFree,
      hours: `周一至周五 ${open}–${close}${modes.includes('temporary') ? '；周六 8:30–17:00（临时托）' : ''}`,
      photos: someOf(random, PHOTOS, 3, 5),
      facilities: someOf(random, FACILITIES, 4, 8),
      updatedAt: `2026-${String(1 + Math.floor(random() * 10)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    })
  }
  return centres
}
