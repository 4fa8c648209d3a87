import { adviseProgrammes, answersErrors, type EligibilityAnswers } from '@/domain/checkup-eligibility'
import { addDays } from '@/domain/dates'

const TODAY = '2026-11-24'
const base: EligibilityAnswers = { residency: 'hukou', marital: 'married', planning: false, pregnant: false }
const programmes = (answers: Partial<EligibilityAnswers>) => adviseProgrammes({ ...base, ...answers }, TODAY)

describe('which checks apply to me', () => {
  test('a couple about to register gets the free premarital check', () => {
    const advice = programmes({ marital: 'registering' })
    expect(advice.map((item) => item.programme)).toEqual(['premarital'])
    expect(advice[0].free).toBe(true)
  })

  test('about to register and planning: premarital now, preconception after registering', () => {
    expect(programmes({ marital: 'registering', planning: true }).map((item) => item.programme)).toEqual([
      'premarital',
      'preconception',
    ])
  })

  test('a married couple planning a pregnancy gets the free preconception check', () => {
    const advice = programmes({ planning: true })
    expect(advice).toHaveLength(1)
    expect(advice[0]).toMatchObject({ programme: 'preconception', free: true })
  })

  test('residence-permit holders are covered; people with neither pay or go home', () => {
    expect(programmes({ planning: true, residency: 'residence-permit' })[0].free).toBe(true)
    const neither = programmes({ planning: true, residency: 'neither' })[0]
    expect(neither.free).toBe(false)
    expect(neither.reason).toContain('户籍地')
  })

  test('once pregnant: antenatal care, free whatever the 户籍, and no preconception check', () => {
    const lmp = addDays(TODAY, -70)
    const advice = programmes({ pregnant: true, planning: true, lmp, residency: 'neither' })
    expect(advice.map((item) => item.programme)).toEqual(['antenatal'])
    expect(advice[0].free).toBe(true)
    expect(advice[0].reason).toContain('孕10周+0天')
  })

  test('at 14 weeks without 建档 the advice becomes urgent', () => {
    expect(programmes({ pregnant: true, lmp: addDays(TODAY, -(13 * 7 + 6)) })[0].urgent).toMatch(/^请在/)
    expect(programmes({ pregnant: true, lmp: addDays(TODAY, -14 * 7) })[0].urgent).toMatch(/尽快/)
  })

  test('someone neither registering, planning nor pregnant gets no programme', () => {
    expect(programmes({})).toEqual([])
    expect(programmes({ marital: 'other', planning: true })).toEqual([])
  })

  test('answers are checked field by field, the LMP only when pregnant', () => {
    expect(answersErrors({}, TODAY)).toEqual({ residency: '请选择户籍或居住情况', marital: '请选择婚姻状况' })
    expect(answersErrors({ ...base, pregnant: true }, TODAY)).toEqual({ lmp: '请选择末次月经第一天的日期' })
    expect(answersErrors({ ...base, pregnant: true, lmp: addDays(TODAY, 1) }, TODAY).lmp).toBe('末次月经日期不能晚于今天')
    expect(answersErrors({ ...base, pregnant: true, lmp: addDays(TODAY, -(42 * 7 + 1)) }, TODAY).lmp).toContain('42周')
    expect(answersErrors({ ...base, pregnant: false, lmp: 'nonsense' }, TODAY)).toEqual({})
  })
})
