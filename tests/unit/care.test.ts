import {
  CADENCE,
  careStatus,
  CONTACT_KIND_LABELS,
  CONTACT_KINDS,
  contactLogErrors,
  FAMILY_STATE_LABELS,
  FAMILY_STATES,
  opensRequest,
  sortCaseload,
  SPECIAL_FAMILY_KIND_LABELS,
  SPECIAL_FAMILY_KINDS,
  type CareFacts,
  type ContactLogDate,
  type ContactLogInput,
  type FamilyState,
} from '@/domain/care'
import { addDays } from '@/domain/dates'
import { tooLongMessage } from '@/domain/validation'

const TODAY = '2026-11-24'
const ago = (days: number) => addDays(TODAY, -days)
const ahead = (days: number) => addDays(TODAY, days)

/** A bereaved family assigned long ago, with the given logs, seen on `today`. */
const status = (logs: ContactLogDate[], extra: Partial<CareFacts> = {}) =>
  careStatus({ kind: 'bereaved', logs, assignedOn: '2025-01-01', today: TODAY, ...extra })

describe('labels and the cadence fixture', () => {
  test('every contact kind, family state and kind of family has its Chinese label', () => {
    expect(CONTACT_KINDS.map((kind) => CONTACT_KIND_LABELS[kind])).toEqual(['电话', '上门', '视频'])
    expect(FAMILY_STATES.map((state) => FAMILY_STATE_LABELS[state])).toEqual(['平稳', '需关注', '需紧急帮助'])
    expect(SPECIAL_FAMILY_KINDS.map((kind) => SPECIAL_FAMILY_KIND_LABELS[kind])).toEqual(['失独家庭', '伤残家庭'])
  })

  test.each(SPECIAL_FAMILY_KINDS)('%s families: a contact every 30 days, a visit every 90, with its basis', (kind) => {
    expect(CADENCE[kind]).toMatchObject({ callEveryDays: 30, visitEveryDays: 90 })
    expect(CADENCE[kind].basis).toContain('双岗')
    expect(CADENCE[kind].basis).toContain('以当地规定为准')
    expect(CADENCE[kind].checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test('the kind of family picks its cadence', () => {
    const replaced = jest.replaceProperty(CADENCE, 'disabled', { ...CADENCE.disabled, callEveryDays: 14, visitEveryDays: 60 })
    try {
      const facts = { logs: [], assignedOn: TODAY, today: TODAY }
      expect(careStatus({ ...facts, kind: 'disabled' })).toMatchObject({ callDue: ahead(14), visitDue: ahead(60) })
      expect(careStatus({ ...facts, kind: 'bereaved' })).toMatchObject({ callDue: ahead(30), visitDue: ahead(90) })
    } finally {
      replaced.restore()
    }
  })
})

describe('careStatus', () => {
  test('with no contact yet the clocks start at assignment: not overdue on the day of assignment', () => {
    expect(status([], { assignedOn: TODAY })).toEqual({
      lastContact: null,
      lastVisit: null,
      callDue: ahead(30),
      visitDue: ahead(90),
      nextDue: ahead(30),
      overdue: [],
      daysOverdue: 0,
    })
  })

  test('assigned 30 days ago and never contacted: due today, not yet overdue', () => {
    expect(status([], { assignedOn: ago(30) })).toMatchObject({ callDue: TODAY, overdue: [], daysOverdue: 0 })
  })

  test('assigned 31 days ago and never contacted: the call is 1 day overdue', () => {
    expect(status([], { assignedOn: ago(31) })).toMatchObject({ callDue: ago(1), overdue: ['call'], daysOverdue: 1 })
  })

  test('never contacted since long ago: both overdue, counted from the earlier (call) due date', () => {
    const result = status([], { assignedOn: '2026-01-01' })
    expect(result).toMatchObject({ callDue: '2026-01-31', visitDue: '2026-04-01', nextDue: '2026-01-31', overdue: ['call', 'visit'] })
    // 2026-01-31 → 2026-11-24 (day 31 → day 328 of the year).
    expect(result.daysOverdue).toBe(297)
  })

  test('the call due date itself is not overdue; the next day is', () => {
    const logs: ContactLogDate[] = [
      { date: '2026-10-25', kind: 'call' },
      { date: '2026-10-01', kind: 'visit' },
    ]
    expect(status(logs)).toMatchObject({ callDue: TODAY, overdue: [], daysOverdue: 0 })
    expect(status(logs, { today: ahead(1) })).toMatchObject({ callDue: TODAY, overdue: ['call'], daysOverdue: 1 })
  })

  test('the visit due date itself is not overdue; the next day is (calls kept up monthly)', () => {
    const logs: ContactLogDate[] = [
      { date: ago(90), kind: 'visit' },
      { date: ago(5), kind: 'call' },
    ]
    expect(status(logs)).toMatchObject({ visitDue: TODAY, nextDue: TODAY, overdue: [], daysOverdue: 0 })
    expect(status(logs, { today: ahead(1) })).toMatchObject({ visitDue: TODAY, overdue: ['visit'], daysOverdue: 1 })
  })

  test('a 上门 visit resets both clocks', () => {
    const logs: ContactLogDate[] = [
      { date: '2026-09-01', kind: 'call' },
      { date: '2026-11-01', kind: 'visit' },
    ]
    expect(status(logs)).toEqual({
      lastContact: '2026-11-01',
      lastVisit: '2026-11-01',
      callDue: '2026-12-01',
      visitDue: '2027-01-30',
      nextDue: '2026-12-01',
      overdue: [],
      daysOverdue: 0,
    })
  })

  test.each(['video', 'call'] as const)('a %s resets only the contact clock, not the visit clock', (kind) => {
    const logs: ContactLogDate[] = [
      { date: '2026-08-01', kind: 'visit' },
      { date: '2026-11-01', kind },
    ]
    expect(status(logs)).toEqual({
      lastContact: '2026-11-01',
      lastVisit: '2026-08-01',
      callDue: '2026-12-01',
      visitDue: '2026-10-30',
      nextDue: '2026-10-30',
      overdue: ['visit'],
      daysOverdue: 25,
    })
  })

  test('logs may come in any order', () => {
    const logs: ContactLogDate[] = [
      { date: '2026-10-10', kind: 'call' },
      { date: '2026-11-20', kind: 'video' },
      { date: '2026-09-15', kind: 'visit' },
      { date: '2026-10-30', kind: 'visit' },
      { date: '2026-11-02', kind: 'call' },
    ]
    const expected = { lastContact: '2026-11-20', lastVisit: '2026-10-30', callDue: '2026-12-20', visitDue: '2027-01-28' }
    expect(status(logs)).toMatchObject(expected)
    expect(status([...logs].reverse())).toMatchObject(expected)
  })

  test('logs dated after today are ignored: a typo does not hide an overdue family', () => {
    const logs: ContactLogDate[] = [
      { date: ago(100), kind: 'visit' },
      { date: '2027-11-24', kind: 'visit' },
      { date: ahead(1), kind: 'call' },
    ]
    expect(status(logs)).toMatchObject({ lastContact: ago(100), lastVisit: ago(100), overdue: ['call', 'visit'], daysOverdue: 70 })
  })

  test('a log dated today counts', () => {
    expect(status([{ date: TODAY, kind: 'visit' }])).toMatchObject({ lastContact: TODAY, lastVisit: TODAY, overdue: [] })
  })

  test('a log whose date is not a real date is ignored', () => {
    const logs: ContactLogDate[] = [
      { date: ago(40), kind: 'visit' },
      { date: '2026-11-31', kind: 'call' },
    ]
    expect(status(logs)).toMatchObject({ lastContact: ago(40), overdue: ['call'], daysOverdue: 10 })
  })

  describe('a next contact agreed with the family', () => {
    const logs: ContactLogDate[] = [{ date: '2026-11-20', kind: 'visit' }]

    test('earlier than the cadence: brings nextDue forward, callDue stays the cadence', () => {
      expect(status(logs, { agreedNext: '2026-11-27' })).toMatchObject({ callDue: '2026-12-20', nextDue: '2026-11-27', overdue: [] })
    })

    test('the agreed day itself is not overdue; being past it alone makes the call overdue', () => {
      expect(status(logs, { agreedNext: '2026-11-27', today: '2026-11-27' })).toMatchObject({ overdue: [], daysOverdue: 0 })
      expect(status(logs, { agreedNext: '2026-11-27', today: '2026-11-28' })).toMatchObject({
        callDue: '2026-12-20',
        overdue: ['call'],
        daysOverdue: 1,
      })
    })

    test('later than the cadence: changes nothing (the monthly call is still due)', () => {
      const result = status(logs, { agreedNext: '2027-01-10' })
      expect(result).toEqual(status(logs))
      expect(result).toMatchObject({ nextDue: '2026-12-20' })
      expect(status(logs, { agreedNext: '2027-01-10', today: '2026-12-21' })).toMatchObject({ overdue: ['call'], daysOverdue: 1 })
    })

    test('one on or before the last contact has been kept and is ignored', () => {
      expect(status(logs, { agreedNext: '2026-11-20' })).toEqual(status(logs))
      expect(status(logs, { agreedNext: '2026-11-15' })).toEqual(status(logs))
    })

    test('when both are missed, days overdue count from the earlier of the agreed day and the visit due', () => {
      const old: ContactLogDate[] = [{ date: ago(100), kind: 'visit' }]
      // The agreed call 80 days ago, the cadence's call 70 days ago, the visit 10 days ago.
      expect(status(old, { agreedNext: ago(80) })).toMatchObject({ callDue: ago(70), nextDue: ago(80), overdue: ['call', 'visit'], daysOverdue: 80 })
    })
  })

  test('a cadence given by the caller is used (a region that differs)', () => {
    const result = status([{ date: ago(20), kind: 'visit' }], { cadence: { callEveryDays: 14, visitEveryDays: 60 } })
    expect(result).toMatchObject({ callDue: ago(6), visitDue: ahead(40), overdue: ['call'], daysOverdue: 6 })
  })
})

describe('sortCaseload', () => {
  const item = (sortKey: string, nextDue: string, daysOverdue = 0) => ({ sortKey, status: { nextDue, daysOverdue } })

  test('overdue first, longest overdue first; then the soonest due; then by sortKey', () => {
    const items = [
      item('c-due-later', '2026-12-20'),
      item('a-overdue-3', '2026-11-21', 3),
      item('b-due-soon', '2026-11-25'),
      item('d-overdue-40', '2026-10-15', 40),
      item('e-due-today', TODAY),
    ]
    expect(sortCaseload(items).map((i) => i.sortKey)).toEqual(['d-overdue-40', 'a-overdue-3', 'e-due-today', 'b-due-soon', 'c-due-later'])
  })

  test('equally overdue: the earlier nextDue first, then by sortKey', () => {
    const items = [item('z', '2026-11-20', 5), item('y', '2026-11-19', 5), item('x', '2026-11-20', 5)]
    expect(sortCaseload(items).map((i) => i.sortKey)).toEqual(['y', 'x', 'z'])
  })

  test('ties on nextDue are broken by code point, not by pinyin', () => {
    // 张 (U+5F20) before 李 (U+674E), though 李 comes first in pinyin; "B" before "a".
    const items = [item('李', '2026-12-01'), item('a', '2026-12-01'), item('张', '2026-12-01'), item('B', '2026-12-01')]
    expect(sortCaseload(items).map((i) => i.sortKey)).toEqual(['B', 'a', '张', '李'])
  })

  test('returns a new array and leaves the input as it was', () => {
    const items = [item('b', '2026-12-02'), item('a', '2026-12-01')]
    const sorted = sortCaseload(items)
    expect(sorted.map((i) => i.sortKey)).toEqual(['a', 'b'])
    expect(items.map((i) => i.sortKey)).toEqual(['b', 'a'])
  })
})

describe('contactLogErrors', () => {
  const valid: ContactLogInput = {
    kind: 'call',
    date: ago(3),
    durationMinutes: 25,
    state: 'stable',
    note: '老人情绪平稳，腿脚不便，下月上门时带血压计。',
    nextContactDate: ahead(20),
  }
  const errorsOf = (change: Partial<ContactLogInput>) => contactLogErrors({ ...valid, ...change }, TODAY)

  test('a complete log has no errors', () => {
    expect(contactLogErrors(valid, TODAY)).toEqual({})
  })

  test('the contact kind must be chosen', () => {
    expect(errorsOf({ kind: '' })).toEqual({ kind: '请选择联系方式' })
    expect(errorsOf({ kind: 'email' as ContactLogInput['kind'] })).toEqual({ kind: '请选择联系方式' })
    expect(errorsOf({ kind: 'video' })).toEqual({})
  })

  test("the family's state must be chosen", () => {
    expect(errorsOf({ state: '' })).toEqual({ state: '请选择家庭状况' })
    expect(errorsOf({ state: 'fine' as ContactLogInput['state'] })).toEqual({ state: '请选择家庭状况' })
    expect(errorsOf({ state: 'urgent' })).toEqual({})
  })

  test('the date is required and must be a real date', () => {
    expect(errorsOf({ date: '' })).toEqual({ date: '请选择联系日期' })
    expect(errorsOf({ date: '2026-02-30' })).toEqual({ date: '日期格式不正确，应为年-月-日' })
  })

  test('today may be logged; tomorrow may not', () => {
    expect(errorsOf({ date: TODAY })).toEqual({})
    expect(errorsOf({ date: ahead(1) })).toEqual({ date: '联系日期不能晚于今天' })
  })

  test('a contact 90 days ago may still be logged; 91 days ago may not', () => {
    expect(errorsOf({ date: ago(90), nextContactDate: '' })).toEqual({})
    expect(errorsOf({ date: ago(91), nextContactDate: '' })).toEqual({ date: '只能补记90天内的联系' })
  })

  test.each([
    [null, false],
    [0, false],
    [1, true],
    [600, true],
    [601, false],
    [1.5, false],
    [-5, false],
    [Number.NaN, false],
  ])('duration %p minutes: accepted %p', (durationMinutes, ok) => {
    expect(errorsOf({ durationMinutes })).toEqual(ok ? {} : { durationMinutes: '通话或走访时长请填写1到600分钟' })
  })

  test('the note may be empty or up to 500 characters; 501 is refused with the count over', () => {
    expect(errorsOf({ note: '' })).toEqual({})
    expect(errorsOf({ note: '情'.repeat(500) })).toEqual({})
    expect(errorsOf({ note: `  ${'情'.repeat(500)}\n` })).toEqual({})
    expect(errorsOf({ note: '情'.repeat(501) })).toEqual({ note: tooLongMessage(501, 500) })
    expect(tooLongMessage(501, 500)).toBe('最多500个字，已超出1个字，请删减')
  })

  describe('the next contact date', () => {
    const message = '下次联系日期应在今天之后、180天以内'

    test('is optional', () => {
      expect(errorsOf({ nextContactDate: '' })).toEqual({})
    })

    test('is still to come: today and any earlier day are refused (a past date would make the family overdue at once), tomorrow accepted', () => {
      expect(errorsOf({ date: ago(3), nextContactDate: ago(2) })).toEqual({ nextContactDate: message })
      expect(errorsOf({ date: ago(3), nextContactDate: ago(4) })).toEqual({ nextContactDate: message })
      expect(errorsOf({ nextContactDate: ahead(0) })).toEqual({ nextContactDate: message })
      expect(errorsOf({ date: ago(3), nextContactDate: ahead(1) })).toEqual({})
    })

    test('may be 180 days from today, not 181', () => {
      expect(errorsOf({ nextContactDate: ahead(180) })).toEqual({})
      expect(errorsOf({ nextContactDate: ahead(181) })).toEqual({ nextContactDate: message })
    })

    test('must be a real date', () => {
      expect(errorsOf({ nextContactDate: '2026-12-32' })).toEqual({ nextContactDate: '日期格式不正确，应为年-月-日' })
    })

    test('with no contact date yet, only the 180-day limit is checked', () => {
      expect(errorsOf({ date: '', nextContactDate: ahead(10) })).toEqual({ date: '请选择联系日期' })
      expect(errorsOf({ date: '', nextContactDate: ahead(181) })).toEqual({ date: '请选择联系日期', nextContactDate: message })
    })
  })

  test('every field wrong at once: each says its own message', () => {
    const errors = contactLogErrors(
      { kind: '', date: ahead(2), durationMinutes: 0, state: '', note: '情'.repeat(520), nextContactDate: ahead(200) },
      TODAY,
    )
    expect(errors).toEqual({
      kind: '请选择联系方式',
      date: '联系日期不能晚于今天',
      durationMinutes: '通话或走访时长请填写1到600分钟',
      state: '请选择家庭状况',
      note: tooLongMessage(520, 500),
      nextContactDate: '下次联系日期应在今天之后、180天以内',
    })
  })
})

describe('opensRequest', () => {
  test.each<[FamilyState, boolean]>([
    ['stable', false],
    ['attention', false],
    ['urgent', true],
  ])('%s opens a help request: %p', (state, opens) => {
    expect(opensRequest(state)).toBe(opens)
  })
})
