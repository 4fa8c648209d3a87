import {
  CHECKLIST_CONTENT,
  CHECKLIST_ITEM_IDS,
  checklistContent,
  checklistFor,
  checklistProgress,
  isChecklistItemId,
  type ChecklistEntry,
  type ChecklistInput,
  type ChecklistItemId,
} from '@/domain/birth-checklist'
import { NATIONAL_RULES, ZHEJIANG_RULES } from '@/domain/birth-support-rules'

const BORN = '2026-11-20'

const entryOf = (entries: ChecklistEntry[], id: ChecklistItemId): ChecklistEntry => {
  const found = entries.find((entry) => entry.id === id)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}

const on = (today: string, extra: Partial<ChecklistInput> = {}) => checklistFor({ birthDate: BORN, today, ...extra })

describe('checklist content', () => {
  it('has unique ids, and every id has content in every region, in the same order', () => {
    expect(new Set(CHECKLIST_ITEM_IDS).size).toBe(CHECKLIST_ITEM_IDS.length)
    for (const items of Object.values(CHECKLIST_CONTENT)) {
      expect(items.map((item) => item.id)).toEqual([...CHECKLIST_ITEM_IDS])
    }
  })

  it('says for every item what it is, where to go, what to bring and its basis, marked to be checked locally', () => {
    for (const items of Object.values(CHECKLIST_CONTENT)) {
      for (const item of items) {
        expect(item.title.length).toBeGreaterThan(1)
        expect(item.what.length).toBeGreaterThan(10)
        expect(item.where.online ?? item.where.inPerson).toBeTruthy()
        expect(item.documents.length).toBeGreaterThan(0)
        expect(item.basis.length).toBeGreaterThan(4)
        expect(item.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(item.needsLocalCheck).toBe(true)
        if (item.deadlineRule) expect(item.deadlineRule.label).toMatch(/^出生后/)
      }
    }
  })

  it('grounds the deadlines in the law: 接种证 and 户口 within a month, 医保 within 90 days', () => {
    const byId = (id: ChecklistItemId) => CHECKLIST_CONTENT.national.find((item) => item.id === id)
    expect(byId('vaccination')?.deadlineRule?.basis).toContain('疫苗管理法》第四十七条')
    expect(byId('hukou')?.deadlineRule?.basis).toContain('户口登记条例》第七条')
    expect(byId('medical-insurance')?.deadlineRule?.afterBirth).toEqual({ days: 90 })
    expect(byId('medical-insurance')?.note).toContain('以当地医保部门规定为准')
  })

  it('takes the subsidy figure and the allowance basis from the region\'s support rules', () => {
    const subsidy = CHECKLIST_CONTENT.national.find((item) => item.id === 'childcare-subsidy')
    expect(subsidy?.what).toContain(`${NATIONAL_RULES.childcareSubsidy.value.yuanPerYear}元`)
    expect(subsidy?.basis).toBe(NATIONAL_RULES.childcareSubsidy.basis)
    const allowance = CHECKLIST_CONTENT.zhejiang.find((item) => item.id === 'maternity-allowance')
    expect(allowance?.basis).toBe(ZHEJIANG_RULES.maternityAllowance.basis)
  })

  it('recognises checklist ids only', () => {
    for (const id of CHECKLIST_ITEM_IDS) expect(isChecklistItemId(id)).toBe(true)
    for (const value of ['', 'Hukou', 'hukou ', 'toString', 42, null, undefined, ['hukou']]) {
      expect(isChecklistItemId(value)).toBe(false)
    }
  })
})

describe('regions', () => {
  it('gives 浙江 the 浙里办 出生一件事 and the national list its own line', () => {
    const zhejiang = entryOf(on(BORN, { region: 'zhejiang' }), 'hukou')
    const national = entryOf(on(BORN, { region: 'national' }), 'hukou')
    expect(zhejiang.jointService).toContain('浙里办')
    expect(zhejiang.where.online).toContain('浙里办')
    expect(national.jointService).toContain('新生儿出生一件事')
    expect(national.jointService).not.toContain('浙里办')
    expect(national.where.online).not.toContain('浙里办')
  })

  it('joins the same four items in 浙江 and keeps the claims outside the joined application', () => {
    const joined = (region: string) => on(BORN, { region }).filter((entry) => entry.jointService).map((entry) => entry.id)
    expect(joined('浙江')).toEqual(['birth-certificate', 'hukou', 'medical-insurance', 'social-security-card'])
    expect(joined('national')).toEqual(['birth-certificate', 'vaccination', 'hukou', 'medical-insurance', 'social-security-card'])
  })

  it('finds 浙江 by the names and code a profile may hold', () => {
    expect(checklistContent('浙江')).toBe(CHECKLIST_CONTENT.zhejiang)
    expect(checklistContent('330000')).toBe(CHECKLIST_CONTENT.zhejiang)
  })

  it('falls back to the national list for an unknown, inherited or missing region', () => {
    const national = on('2026-12-01', { region: 'national' })
    for (const region of ['西藏', '__proto__', 'toString', undefined]) {
      expect(on('2026-12-01', { region })).toEqual(national)
    }
  })
})

describe('deadlines', () => {
  it('lists the items with 出生医学证明 first', () => {
    expect(on(BORN).map((entry) => entry.id)).toEqual([...CHECKLIST_ITEM_IDS])
    expect(on(BORN)[0].title).toBe('出生医学证明')
  })

  it('ends 一个月内 on the same day of the next month and 90天内 ninety days after the birth day', () => {
    const entries = on(BORN)
    expect(entryOf(entries, 'vaccination').deadline).toBe('2026-12-20')
    expect(entryOf(entries, 'hukou').deadline).toBe('2026-12-20')
    expect(entryOf(entries, 'hukou').daysLeft).toBe(30)
    expect(entryOf(entries, 'medical-insurance').deadline).toBe('2027-02-18')
  })

  it('ends a month on the last day of a shorter month, 29 February in a leap year', () => {
    expect(entryOf(checklistFor({ birthDate: '2026-01-31', today: '2026-01-31' }), 'hukou').deadline).toBe('2026-02-28')
    expect(entryOf(checklistFor({ birthDate: '2028-01-31', today: '2028-01-31' }), 'hukou').deadline).toBe('2028-02-29')
    expect(entryOf(checklistFor({ birthDate: '2026-12-31', today: '2026-12-31' }), 'vaccination').deadline).toBe('2027-01-31')
  })

  it('is due soon from seven days before through the last day, and overdue the day after', () => {
    const hukou = (today: string) => entryOf(on(today), 'hukou')
    expect(hukou('2026-12-12')).toMatchObject({ daysLeft: 8, state: 'open' })
    expect(hukou('2026-12-13')).toMatchObject({ daysLeft: 7, state: 'due-soon' })
    expect(hukou('2026-12-20')).toMatchObject({ daysLeft: 0, state: 'due-soon' })
    expect(hukou('2026-12-21')).toMatchObject({ daysLeft: -1, state: 'overdue' })
  })

  it('never makes an item without a deadline overdue', () => {
    const years = on('2036-11-20')
    for (const id of ['birth-certificate', 'social-security-card', 'childcare-subsidy', 'maternity-allowance'] as const) {
      expect(entryOf(years, id)).toMatchObject({ deadline: null, daysLeft: null, state: 'open' })
    }
    expect(entryOf(years, 'hukou').state).toBe('overdue')
  })

  it('copes with a birth date still ahead: the days left are simply more', () => {
    const entries = checklistFor({ birthDate: '2027-03-01', today: '2026-12-02' })
    const hukou = entryOf(entries, 'hukou')
    expect(hukou.deadline).toBe('2027-04-01')
    expect(hukou.daysLeft).toBe(120)
    expect(hukou.state).toBe('open')
  })
})

describe('done and progress', () => {
  it('lets done win over overdue and over due soon', () => {
    const entries = on('2027-06-01', { done: ['hukou'] })
    expect(entryOf(entries, 'hukou')).toMatchObject({ done: true, state: 'done', daysLeft: -163 })
    expect(entryOf(entries, 'vaccination')).toMatchObject({ done: false, state: 'overdue' })
    expect(entryOf(on('2026-12-20', { done: new Set(['vaccination']) }), 'vaccination').state).toBe('done')
  })

  it('takes a set or an array and ignores ids that are not items', () => {
    const fromSet = on(BORN, { done: new Set(['birth-certificate', 'nonsense']) })
    const fromArray = on(BORN, { done: ['birth-certificate', 'nonsense'] })
    expect(fromSet).toEqual(fromArray)
    expect(fromSet.filter((entry) => entry.done).map((entry) => entry.id)).toEqual(['birth-certificate'])
  })

  it('counts done, total and overdue items', () => {
    expect(checklistProgress(on(BORN))).toEqual({ done: 0, total: 7, overdue: 0 })
    // Two months on: 接种证 and 户口 are late, 医保 not yet; two items are ticked off, one of them late.
    const later = on('2027-01-20', { done: ['birth-certificate', 'hukou'] })
    expect(checklistProgress(later)).toEqual({ done: 2, total: 7, overdue: 1 })
    expect(checklistProgress([])).toEqual({ done: 0, total: 0, overdue: 0 })
  })
})
