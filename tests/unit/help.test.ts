import {
  availableActions,
  completeTooEarly,
  HELP_NOTE_MAX,
  helpFacts,
  helpFormErrors,
  helpNoteError,
  isOverdue,
  transition,
  visitStartsAt,
  type HelpAction,
  type HelpActor,
  type HelpForm,
  type HelpStatus,
} from '@/domain/help'

const NOW = Date.parse('2026-11-24T10:00:00+08:00')
const HOUR = 3_600_000
const STATUSES: HelpStatus[] = ['submitted', 'accepted', 'scheduled', 'completed', 'followed-up', 'cancelled', 'returned']
const ACTIONS: HelpAction[] = ['accept', 'schedule', 'complete', 'follow-up', 'return', 'cancel', 'rate']
const ACTORS: HelpActor[] = ['family', 'contact']

// The whole table: [actor, action, from] → to. Anything not listed must be refused.
const ALLOWED: Array<[HelpActor, HelpAction, HelpStatus, HelpStatus]> = [
  ['contact', 'accept', 'submitted', 'accepted'],
  ['contact', 'schedule', 'accepted', 'scheduled'],
  ['contact', 'schedule', 'scheduled', 'scheduled'],
  ['contact', 'complete', 'scheduled', 'completed'],
  ['contact', 'follow-up', 'completed', 'followed-up'],
  ['contact', 'return', 'submitted', 'returned'],
  ['contact', 'return', 'accepted', 'returned'],
  ['family', 'cancel', 'submitted', 'cancelled'],
  ['family', 'cancel', 'accepted', 'cancelled'],
  ['family', 'cancel', 'scheduled', 'cancelled'],
  ['family', 'rate', 'completed', 'completed'],
  ['family', 'rate', 'followed-up', 'followed-up'],
]

const facts = (status: HelpStatus, extra: Partial<{ callOnly: boolean; visitStartsAt: number | null; rated: boolean }> = {}) => ({
  status,
  callOnly: false,
  visitStartsAt: NOW + 24 * HOUR,
  rated: false,
  ...extra,
})

describe('the request status flow', () => {
  const cases = ACTORS.flatMap((actor) => ACTIONS.flatMap((action) => STATUSES.map((status) => [actor, action, status] as const)))

  test(`covers all ${cases.length} actor × action × status combinations`, () => {
    expect(cases).toHaveLength(2 * 7 * 7)
  })

  test.each(cases)('%s %s from %s', (actor, action, status) => {
    const expected = ALLOWED.find(([a, b, c]) => a === actor && b === action && c === status)
    // The visit is tomorrow: a visit is marked 已完成 once it has happened, so that is asked then.
    const result = transition(facts(status), action, actor, action === 'complete' ? NOW + 25 * HOUR : NOW)
    if (expected) expect(result).toEqual({ ok: true, to: expected[3] })
    else {
      expect(result.ok).toBe(false)
      expect(!result.ok && result.reason).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  // What a hostile or outdated client may send as the action: none of it names a rule.
  const NOT_ACTIONS: unknown[] = [['schedule'], ['rate'], 42, null, undefined, {}, true, '', 'delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ACCEPT']
  const strangeCases = ACTORS.flatMap((actor) => STATUSES.flatMap((status) => NOT_ACTIONS.map((action) => [actor, status, action] as const)))

  test.each(strangeCases)('%s from %s: %p is no action', (actor, status, action) => {
    const result = transition(facts(status), action as HelpAction, actor, NOW + 25 * HOUR)
    expect(result).toEqual({ ok: false, reason: '没有这个操作' })
  })

  test('a phone-only request can be completed straight from 已受理; a visit cannot', () => {
    expect(transition(facts('accepted', { callOnly: true }), 'complete', 'contact', NOW)).toEqual({ ok: true, to: 'completed' })
    expect(transition(facts('accepted'), 'complete', 'contact', NOW)).toEqual({ ok: false, reason: '需要上门的求助，请先安排上门再标记完成' })
  })

  test('the family cancels until the visit starts, not from that minute', () => {
    const visit = NOW + HOUR
    expect(transition(facts('scheduled', { visitStartsAt: visit }), 'cancel', 'family', visit - 60_000).ok).toBe(true)
    expect(transition(facts('scheduled', { visitStartsAt: visit }), 'cancel', 'family', visit).ok).toBe(false)
  })

  test('a request is rated once', () => {
    expect(transition(facts('completed', { rated: true }), 'rate', 'family', NOW)).toEqual({ ok: false, reason: '已经评价过了' })
  })

  test('buttons follow the same rules', () => {
    expect(availableActions(facts('submitted'), 'contact', NOW)).toEqual(['accept', 'return'])
    expect(availableActions(facts('submitted'), 'family', NOW)).toEqual(['cancel'])
    expect(availableActions(facts('completed'), 'family', NOW)).toEqual(['rate'])
    expect(availableActions(facts('cancelled'), 'contact', NOW)).toEqual([])
  })
})

describe('marking a visit 已完成', () => {
  const visit = Date.parse('2026-11-25T09:30:00+08:00')

  test('is refused before the visit time, with the time in the reason, and allowed from that minute', () => {
    const scheduled = facts('scheduled', { visitStartsAt: visit })
    expect(transition(scheduled, 'complete', 'contact', visit - 60_000)).toEqual({ ok: false, reason: '还没到上门时间（2026-11-25 09:30），上门后才能标记完成' })
    expect(transition(scheduled, 'complete', 'contact', visit)).toEqual({ ok: true, to: 'completed' })
    expect(transition(scheduled, 'complete', 'contact', visit + 3 * HOUR)).toEqual({ ok: true, to: 'completed' })
  })

  test('a phone-only request with a visit arranged waits for the visit too; without one it does not wait', () => {
    expect(transition(facts('scheduled', { callOnly: true, visitStartsAt: visit }), 'complete', 'contact', NOW).ok).toBe(false)
    expect(transition(facts('accepted', { callOnly: true, visitStartsAt: null }), 'complete', 'contact', NOW).ok).toBe(true)
  })

  test('completeTooEarly says nothing when there is nothing to wait for', () => {
    expect(completeTooEarly(facts('scheduled', { visitStartsAt: visit }), visit)).toBeNull()
    expect(completeTooEarly(facts('accepted', { visitStartsAt: null }), NOW)).toBeNull()
    expect(completeTooEarly(facts('completed', { visitStartsAt: visit }), NOW)).toBeNull()
  })

  test('the contact is offered 标记完成 only once the visit time has come; rescheduling stays possible', () => {
    const scheduled = facts('scheduled', { visitStartsAt: visit })
    expect(availableActions(scheduled, 'contact', visit - 60_000)).toEqual(['schedule'])
    expect(availableActions(scheduled, 'contact', visit)).toEqual(['schedule', 'complete'])
  })

  test('the visit time is read in China time, whatever the device says', () => {
    expect(visitStartsAt({ date: '2026-11-25', time: '09:30' })).toBe(visit)
    expect(visitStartsAt({ date: '2026-11-25', time: '00:00' })).toBe(Date.parse('2026-11-24T16:00:00Z'))
    expect(visitStartsAt(null)).toBeNull()
    expect(helpFacts({ status: 'scheduled', callOnly: false, visit: { date: '2026-11-25', time: '09:30' }, rating: null })).toEqual({
      status: 'scheduled',
      callOnly: false,
      visitStartsAt: visit,
      rated: false,
    })
    expect(helpFacts({ status: 'completed', callOnly: true, visit: null, rating: { stars: 5 } }).rated).toBe(true)
  })
})

describe('action notes', () => {
  test('the limit is 200', () => {
    expect(HELP_NOTE_MAX).toBe(200)
  })

  test.each<[HelpAction, string]>([
    ['complete', '请填写上门或电话联系的情况'],
    ['return', '请填写退回原因'],
    ['cancel', '请说一下取消的原因'],
  ])('%s needs a note of at least two characters', (action, message) => {
    expect(helpNoteError(action, '')).toBe(message)
    expect(helpNoteError(action, '  好 ')).toBe(message)
    expect(helpNoteError(action, '好的')).toBeNull()
  })

  test.each<HelpAction>(['accept', 'follow-up', 'rate'])('%s may leave the note empty', (action) => {
    expect(helpNoteError(action, '')).toBeNull()
  })

  test.each<HelpAction>(['accept', 'complete', 'follow-up', 'return', 'cancel', 'rate'])('%s takes 200 characters and refuses 201 with the field message', (action) => {
    expect(helpNoteError(action, '好'.repeat(200))).toBeNull()
    expect(helpNoteError(action, ` ${'好'.repeat(200)}\n`)).toBeNull()
    expect(helpNoteError(action, '好'.repeat(201))).toBe('最多200个字，已超出1个字，请删减')
    expect(helpNoteError(action, '好'.repeat(220))).toBe('最多200个字，已超出20个字，请删减')
  })
})

describe('response times', () => {
  const created = NOW
  test('an unaccepted request is overdue from the 24th hour, 2nd when urgent, to the minute', () => {
    expect(isOverdue({ status: 'submitted', urgent: false, createdAt: created }, created + 24 * HOUR - 60_000)).toBe(false)
    expect(isOverdue({ status: 'submitted', urgent: false, createdAt: created }, created + 24 * HOUR)).toBe(true)
    expect(isOverdue({ status: 'submitted', urgent: true, createdAt: created }, created + 2 * HOUR - 60_000)).toBe(false)
    expect(isOverdue({ status: 'submitted', urgent: true, createdAt: created }, created + 2 * HOUR)).toBe(true)
  })

  test('once accepted (or closed) it is never overdue', () => {
    for (const status of STATUSES.filter((s) => s !== 'submitted')) {
      expect(isOverdue({ status, urgent: true, createdAt: created }, created + 48 * HOUR)).toBe(false)
    }
  })
})

describe('the request form', () => {
  const valid: HelpForm = {
    type: 'visit',
    volunteerKind: '',
    need: '老伴住院了，想请人来家里看看',
    preferredDate: '2026-11-26',
    halfDay: 'am',
    address: '杭州市西湖区翠苑一区12幢2单元301室',
    phone: '13605819876',
    urgent: false,
    callOnly: false,
  }
  const today = '2026-11-24'

  test('a complete request passes', () => {
    expect(helpFormErrors(valid, today)).toEqual({})
  })

  test('each field says what is wrong', () => {
    expect(helpFormErrors({ ...valid, type: '' }, today).type).toBe('请选择求助类型')
    expect(helpFormErrors({ ...valid, type: 'volunteer' }, today).volunteerKind).toBe('请选择需要哪种志愿服务')
    expect(helpFormErrors({ ...valid, need: '帮帮我' }, today).need).toContain('至少5个字')
    expect(helpFormErrors({ ...valid, need: '好'.repeat(501) }, today).need).toBe('最多500个字，已超出1个字，请删减')
    expect(helpFormErrors({ ...valid, preferredDate: '2026-11-23' }, today).preferredDate).toBe('日期不能早于今天')
    expect(helpFormErrors({ ...valid, preferredDate: '2026-12-25' }, today).preferredDate).toBe('请选择30天以内的日期')
    expect(helpFormErrors({ ...valid, halfDay: '' }, today).halfDay).toBe('请选择上午或下午')
    expect(helpFormErrors({ ...valid, address: '' }, today).address).toBe('请填写上门地址')
    expect(helpFormErrors({ ...valid, phone: '1360581987' }, today).phone).toBe('手机号码应为11位')
    expect(helpFormErrors({ ...valid, phone: '88912345' }, today).phone).toBe('固定电话请加上区号，如 0571-88912345')
  })

  test('a landline with its area code is as good as a mobile', () => {
    expect(helpFormErrors({ ...valid, phone: '0571-88912345' }, today)).toEqual({})
    expect(helpFormErrors({ ...valid, phone: '0571-88912345转801' }, today)).toEqual({})
  })

  test('“只需电话联系我” does not need an address', () => {
    expect(helpFormErrors({ ...valid, address: '', callOnly: true }, today)).toEqual({})
  })
})
