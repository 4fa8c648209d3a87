import { PROGRAMME_SEEDS } from '../../mock/areas/checkup/fixtures/programmes'
import {
  ANTENATAL_VISITS,
  checkWindow,
  formatWeekRange,
  KEY_CHECK_WINDOWS,
  type KeyCheck,
} from '@/domain/antenatal-schedule'

const antenatal = PROGRAMME_SEEDS.find((programme) => programme.id === 'antenatal')!
const itemNames = antenatal.itemGroups.flatMap((group) => group.items.map((item) => item.name))
const groupTitles = antenatal.itemGroups.map((group) => group.title)
const visitChecks = ANTENATAL_VISITS.flatMap((visit) => visit.checks.map((check) => ({ visit, check })))
const day = (at: { weeks: number; days: number }) => at.weeks * 7 + at.days

/** How each key check is named in the programme text and in the timeline's visit checks. */
const NAMED: Record<KeyCheck, { programme: RegExp; timeline: RegExp }> = {
  nt: { programme: /^NT检查/, timeline: /颈项透明层/ },
  nipt: { programme: /^无创DNA/, timeline: /无创产前DNA/ },
  downs: { programme: /^唐氏筛查/, timeline: /唐氏综合征血清学筛查/ },
  anomalyScan: { programme: /大排畸/, timeline: /大排畸/ },
  ogtt: { programme: /糖耐/, timeline: /OGTT/ },
  growthScan: { programme: /^超声检查/, timeline: /超声评估胎儿生长/ },
  gbs: { programme: /B族链球菌/, timeline: /B族链球菌/ },
  deliveryPlan: { programme: /^分娩方式评估/, timeline: /$^/ },
}

describe('key check windows (孕前和孕期保健指南 2018)', () => {
  test('are written the way Chinese antenatal texts write them', () => {
    expect(formatWeekRange({ from: { weeks: 15, days: 0 }, to: { weeks: 20, days: 6 } })).toBe('15–20⁺⁶周')
    expect(checkWindow('downs')).toBe('15–20⁺⁶周')
    expect(checkWindow('nt')).toBe('11–13⁺⁶周')
    expect(checkWindow('anomalyScan')).toBe('20–24周')
    expect(checkWindow('ogtt')).toBe('24–28周')
  })

  test.each(Object.keys(NAMED) as KeyCheck[])('%s: the programme text shows the domain window', (check) => {
    const named = itemNames.filter((name) => NAMED[check].programme.test(name))
    expect(named).toHaveLength(1)
    expect(named[0]).toContain(`${checkWindow(check)}）`)
  })

  test.each((Object.keys(NAMED) as KeyCheck[]).filter((check) => check !== 'deliveryPlan'))(
    '%s: the timeline shows the same window, at a visit that falls inside it',
    (check) => {
      const found = visitChecks.filter(({ check: text }) => NAMED[check].timeline.test(text))
      expect(found).toHaveLength(1)
      expect(found[0].check).toContain(checkWindow(check))
      const window = KEY_CHECK_WINDOWS[check]
      // The visit that offers the check overlaps the check's own window.
      expect(day(found[0].visit.from)).toBeLessThanOrEqual(day(window.to))
      expect(day(found[0].visit.to)).toBeGreaterThanOrEqual(day(window.from))
    },
  )

  test('唐筛: 15–20⁺⁶周 in the programme and on the timeline, which also says it is not too late at 20 weeks', () => {
    expect(itemNames).toContain('唐氏筛查（血清学，15–20⁺⁶周）')
    expect(ANTENATAL_VISITS.find((visit) => visit.id === 'v03')!.checks).toContain('中孕期唐氏综合征血清学筛查（15–20⁺⁶周）')
    expect(ANTENATAL_VISITS.find((visit) => visit.id === 'v04')!.checks.join('')).toContain('到孕20⁺⁶周仍可抽血筛查')
  })

  test('no window in the 产前检查 text is typed by hand: each is a domain window', () => {
    const known = new Set([
      ...(Object.keys(KEY_CHECK_WINDOWS) as KeyCheck[]).map(checkWindow),
      formatWeekRange({ from: ANTENATAL_VISITS[0].from, to: { weeks: 13, days: 6 } }),
      '14–27⁺⁶周',
    ])
    const text = [...groupTitles, ...itemNames, ...antenatal.itemGroups.flatMap((group) => group.items.map((item) => item.purpose))].join('\n')
    const ranges = text.match(/\d+(⁺[⁰-⁶])?\s*[–~-]\s*\d+(⁺[⁰-⁶])?\s*周/g) ?? []
    expect(ranges.length).toBeGreaterThanOrEqual(10)
    for (const range of ranges) expect(known).toContain(range)
    expect(groupTitles).toEqual(['每次产检都会做', '孕早期（6–13⁺⁶周）：建册与首次检查', '孕中期（14–27⁺⁶周）', '孕晚期（28周以后）'])
  })
})
