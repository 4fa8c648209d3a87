import { addDays } from '@/domain/dates'
import { personalLines, validateFamilyProfile } from '@/domain/family'
import { isPastTerm } from '@/domain/pregnancy'
import {
  asksOutcome,
  birthDateRange,
  MAX_BABIES,
  newbornErrors,
  offersBirthRecord,
  canRecordBirth,
  isBirthOfDue,
  pregnancyEndConflict,
  pregnancyEndErrors,
} from '@/domain/pregnancy-outcome'

const TODAY = '2026-11-24'
const weeksAgo = (weeks: number, days = 0) => addDays(TODAY, -(weeks * 7 + days))
const LELE = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }

describe('a pregnancy that has reached 42 weeks', () => {
  test('is past term from 42+0, not at 41+6', () => {
    expect(isPastTerm(weeksAgo(41, 6), TODAY)).toBe(false)
    expect(isPastTerm(weeksAgo(42), TODAY)).toBe(true)
    expect(isPastTerm(weeksAgo(60), TODAY)).toBe(true)
    expect(asksOutcome(null, TODAY)).toBe(false)
    expect(asksOutcome({ lmp: weeksAgo(42) }, TODAY)).toBe(true)
  })

  test('首页 asks 宝宝出生了吗？ instead of counting 孕42周, and still lists the children', () => {
    expect(personalLines({ pregnancy: { lmp: weeksAgo(41, 6) }, children: [] }, TODAY)[0]).toMatchObject({ kind: 'pregnancy', title: '孕41周+6天' })
    const lines = personalLines({ pregnancy: { lmp: weeksAgo(42, 1) }, children: [LELE] }, TODAY)
    expect(lines).toEqual([
      { kind: 'pregnancy-outcome', title: '宝宝出生了吗？', detail: `预产期 ${addDays(weeksAgo(42, 1), 280)} 已过去15天` },
      { kind: 'child', title: '乐乐 1岁2个月', detail: '月龄 14 个月' },
    ])
    expect(JSON.stringify(lines)).not.toMatch(/孕4\d周/)
  })

  test('an LMP left as saved never blocks saving the family; a changed one is checked', () => {
    const stale = { pregnancy: { lmp: weeksAgo(43) }, children: [{ ...LELE, name: '朵朵' }] }
    const saved = { pregnancy: { lmp: weeksAgo(43) }, children: [LELE] }
    expect(validateFamilyProfile(stale, TODAY, saved)).toEqual({})
    expect(validateFamilyProfile(stale, TODAY)).toEqual({ 'pregnancy.lmp': '末次月经日期距今已满42周，请核对' })
    expect(validateFamilyProfile({ ...stale, pregnancy: { lmp: weeksAgo(44) } }, TODAY, saved)).toEqual({
      'pregnancy.lmp': '末次月经日期距今已满42周，请核对',
    })
    // Other fields are still checked.
    expect(validateFamilyProfile({ ...stale, children: [{ ...LELE, name: '' }] }, TODAY, saved)).toEqual({ 'children.0.name': '请输入孩子的名字' })
  })
})

describe('宝宝出生了', () => {
  const lmp = '2026-01-20'

  test('the birth date must fit the pregnancy: 20+0 to 44+0 weeks after the LMP, not after today', () => {
    expect(birthDateRange(lmp, TODAY)).toEqual({ start: addDays(lmp, 140), end: TODAY })
    expect(birthDateRange('2026-07-04', '2027-09-01')).toEqual({ start: '2026-11-21', end: '2027-05-08' })
    const baby = (birthDate: string) => ({ name: '安安', birthDate, gender: 'male' as const })
    expect(newbornErrors(baby(addDays(lmp, 280)), lmp, TODAY)).toEqual({})
    expect(newbornErrors(baby(addDays(lmp, 140)), lmp, TODAY)).toEqual({})
    expect(newbornErrors(baby(TODAY), lmp, TODAY)).toEqual({})
    const outside = `按末次月经 ${lmp} 推算，出生日期应在 ${addDays(lmp, 140)} 至 ${TODAY} 之间，请核对`
    expect(newbornErrors(baby(addDays(lmp, 139)), lmp, TODAY)).toEqual({ birthDate: outside })
    expect(newbornErrors(baby('2025-09-18'), lmp, TODAY)).toEqual({ birthDate: outside })
    expect(newbornErrors(baby('2026-11-25'), lmp, TODAY)).toEqual({ birthDate: '出生日期不能晚于今天' })
    expect(newbornErrors({ name: '', birthDate: '', gender: '' as never }, lmp, TODAY)).toEqual({
      name: '请输入孩子的名字',
      birthDate: '请选择出生日期',
      gender: '请选择性别',
    })
  })

  test('needs the baby; 本次孕期已结束 needs nothing and takes nothing', () => {
    const child = { name: '安安', birthDate: '2026-10-30', gender: 'male' as const }
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [child] }, 1, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'ended' }, 1, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'ended', children: [] }, 1, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'born' }, 1, TODAY)).toEqual({ children: '请填写宝宝的名字、出生日期和性别' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [] }, 1, TODAY)).toEqual({ children: '请填写宝宝的名字、出生日期和性别' })
    expect(pregnancyEndErrors({ lmp, outcome: 'ended', children: [child] }, 1, TODAY)).toEqual({ children: '结束本次孕期记录时不需要填写宝宝的信息' })
    expect(pregnancyEndErrors({ lmp, outcome: 'lost' as never }, 1, TODAY)).toEqual({ outcome: '请选择宝宝是否已经出生' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [{ ...child, name: '' }] }, 1, TODAY)).toEqual({ 'children.0.name': '请输入孩子的名字' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [child] }, 6, TODAY)).toEqual({ children: '最多登记6个孩子' })
  })

  test('twins and more: each baby checked at its own fields, all on one birth date', () => {
    const anan = { name: '安安', birthDate: '2026-10-30', gender: 'male' as const }
    const lele = { name: '平平', birthDate: '2026-10-30', gender: 'female' as const }
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [anan, lele] }, 1, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [anan, { ...lele, name: '', gender: '' as never }] }, 1, TODAY)).toEqual({
      'children.1.name': '请输入孩子的名字',
      'children.1.gender': '请选择性别',
    })
    // A different date is refused at the second baby's date, saying which date the first one has.
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [anan, { ...lele, birthDate: '2026-10-31' }] }, 1, TODAY)).toEqual({
      'children.1.birthDate': '一起出生的宝宝出生日期应相同（第1个宝宝是 2026-10-30）',
    })
    // When the first date is itself wrong, that is the one error about dates.
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: [{ ...anan, birthDate: '2026-11-25' }, lele] }, 1, TODAY)).toEqual({
      'children.0.birthDate': '出生日期不能晚于今天',
    })
    // Up to MAX_BABIES at once, and the family's limit counts every one of them.
    expect(MAX_BABIES).toBe(4)
    const babies = (count: number) => ['大宝', '二宝', '三宝', '四宝', '五宝'].slice(0, count).map((name) => ({ ...anan, name }))
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: babies(4) }, 2, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: babies(5) }, 0, TODAY)).toEqual({ children: '一次最多登记4个宝宝' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: babies(2) }, 5, TODAY)).toEqual({ children: '最多登记6个孩子' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', children: babies(1) }, 5, TODAY)).toEqual({})
  })

  test('the birth window stays 20+0 to 44+0 weeks: 26 and 43 weeks are both births', () => {
    const early = '2026-11-01'
    const at = (weeks: number) => addDays(early, weeks * 7)
    const baby = (birthDate: string) => [{ name: '安安', birthDate, gender: 'male' as const }]
    const later = '2027-12-31'
    expect(pregnancyEndErrors({ lmp: early, outcome: 'born', children: baby(at(26)) }, 0, later)).toEqual({})
    expect(pregnancyEndErrors({ lmp: early, outcome: 'born', children: baby(at(43)) }, 0, later)).toEqual({})
    expect(pregnancyEndErrors({ lmp: early, outcome: 'born', children: baby(at(44)) }, 0, later)).toEqual({})
    expect(Object.keys(pregnancyEndErrors({ lmp: early, outcome: 'born', children: baby(addDays(at(44), 1)) }, 0, later))).toEqual(['children.0.birthDate'])
    expect(Object.keys(pregnancyEndErrors({ lmp: early, outcome: 'born', children: baby(addDays(at(20), -1)) }, 0, later))).toEqual(['children.0.birthDate'])
  })

  test('only the pregnancy on record can be ended', () => {
    expect(pregnancyEndConflict({ lmp }, { lmp })).toBeNull()
    expect(pregnancyEndConflict({ lmp }, null)).toBe('现在没有正在记录的孕期，家庭信息可能已在别处更新')
    expect(pregnancyEndConflict({ lmp }, { lmp: '2026-03-01' })).toBe('孕期信息已在别处更新，请返回后重新打开')
  })
})

describe('宝宝出生了 before 42 weeks', () => {
  test('is offered from 28+0 weeks (孕晚期), not at 27+6, and still past term', () => {
    expect(offersBirthRecord(weeksAgo(27, 6), TODAY)).toBe(false)
    expect(offersBirthRecord(weeksAgo(28), TODAY)).toBe(true)
    expect(offersBirthRecord(weeksAgo(36, 2), TODAY)).toBe(true)
    expect(offersBirthRecord(weeksAgo(42, 1), TODAY)).toBe(true)
    expect(offersBirthRecord(weeksAgo(8), TODAY)).toBe(false)
  })

  test('家庭信息 can record a birth from 20+0 weeks, where the birth date window opens', () => {
    expect(canRecordBirth(weeksAgo(19, 6), TODAY)).toBe(false)
    expect(canRecordBirth(weeksAgo(20), TODAY)).toBe(true)
    expect(birthDateRange(weeksAgo(20), TODAY)).toEqual({ start: TODAY, end: TODAY })
  })
})

describe('a birth belongs to the pregnancy due then', () => {
  test('from 20+0 to 44+0 weeks after the LMP the due date implies', () => {
    // Due 2027-04-10: LMP 2026-07-04; 20+0 weeks is 2026-11-21, 44+0 weeks 2027-05-08.
    expect(isBirthOfDue('2026-11-20', '2027-04-10')).toBe(false)
    expect(isBirthOfDue('2026-11-21', '2027-04-10')).toBe(true)
    expect(isBirthOfDue('2027-05-08', '2027-04-10')).toBe(true)
    expect(isBirthOfDue('2027-05-09', '2027-04-10')).toBe(false)
    expect(isBirthOfDue('2025-09-18', '2027-04-10')).toBe(false)
  })
})
