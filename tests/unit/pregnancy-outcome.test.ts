import { addDays } from '@/domain/dates'
import { personalLines, validateFamilyProfile } from '@/domain/family'
import { isPastTerm } from '@/domain/pregnancy'
import {
  asksOutcome,
  birthDateRange,
  newbornErrors,
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
    expect(pregnancyEndErrors({ lmp, outcome: 'born', child }, 1, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'ended' }, 1, TODAY)).toEqual({})
    expect(pregnancyEndErrors({ lmp, outcome: 'born' }, 1, TODAY)).toEqual({ child: '请填写宝宝的名字、出生日期和性别' })
    expect(pregnancyEndErrors({ lmp, outcome: 'ended', child }, 1, TODAY)).toEqual({ child: '结束本次孕期记录时不需要填写宝宝的信息' })
    expect(pregnancyEndErrors({ lmp, outcome: 'lost' as never }, 1, TODAY)).toEqual({ outcome: '请选择宝宝是否已经出生' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', child: { ...child, name: '' } }, 1, TODAY)).toEqual({ 'child.name': '请输入孩子的名字' })
    expect(pregnancyEndErrors({ lmp, outcome: 'born', child }, 6, TODAY)).toEqual({ children: '最多登记6个孩子' })
  })

  test('only the pregnancy on record can be ended', () => {
    expect(pregnancyEndConflict({ lmp }, { lmp })).toBeNull()
    expect(pregnancyEndConflict({ lmp }, null)).toBe('现在没有正在记录的孕期，家庭信息可能已在别处更新')
    expect(pregnancyEndConflict({ lmp }, { lmp: '2026-03-01' })).toBe('孕期信息已在别处更新，请返回后重新打开')
  })
})
