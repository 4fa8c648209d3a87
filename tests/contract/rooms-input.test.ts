import { ServiceError } from '@/contract/errors'
import { expectServiceError } from '../support/expect-error'
import { describeContract, type ContractHarness } from '../support/transports'

// The clock is Tuesday 2026-11-24 10:00. 翠苑's Wednesday 09:30 亲子绘本共读 has one place left;
// 王磊 (u-parent-2) has no booking yet, 林晓雯 (u-parent) has one coming up at 文新.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
const NEW_SESSION = { date: '2026-11-27', start: '11:00', end: '12:00', activity: '小手涂鸦', ageMin: 18, ageMax: 36, capacity: 6 }
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']

/** What the rooms area holds that a refused write could have changed, as each kind of caller sees it. */
async function everything(h: ContractHarness) {
  h.signOutLocally()
  const rooms = await Promise.all(['room-cuiyuan', 'room-wenxin', 'room-mishixiang'].map((id) => h.call('rooms.room', { id })))
  await h.signInAs('u-instructor')
  const sessions = await h.call('rooms.mySessions')
  const roster = await h.call('rooms.roster', { sessionId: LAST_PLACE })
  await h.signInAs('u-parent')
  const lin = { bookings: await h.call('rooms.myBookings'), messages: await h.call('rooms.messages') }
  await h.signInAs('u-parent-2')
  const wang = { bookings: await h.call('rooms.myBookings'), messages: await h.call('rooms.messages') }
  h.signOutLocally()
  return { rooms, sessions, roster, lin, wang }
}

/** Each call must be refused with one of `codes` (never INTERNAL); returns the errors. */
async function refused(calls: (() => Promise<unknown>)[], codes: string[]): Promise<ServiceError[]> {
  const errors: ServiceError[] = []
  for (const call of calls) {
    let caught: unknown = null
    try {
      await call()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ServiceError)
    expect(codes).toContain((caught as ServiceError).code)
    errors.push(caught as ServiceError)
  }
  return errors
}

describeContract('向日葵亲子小屋 payloads read at the boundary', (h) => {
  describe('rooms.saveSession', () => {
    it('refuses 2027-02-29, -30 and -31 as dates, which do not exist, and stores nothing', async () => {
      h().clock.set(Date.parse('2027-02-20T10:00:00+08:00'))
      await h().signInAs('u-instructor')
      const before = await h().call('rooms.schedule', { roomId: 'room-cuiyuan' })
      for (const date of ['2027-02-29', '2027-02-30', '2027-02-31']) {
        const error = await expectServiceError(
          h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: { ...NEW_SESSION, date } }, { idempotencyKey: `impossible-${date}` }),
          'VALIDATION',
        )
        expect(error.fieldErrors).toEqual({ date: '日期应为有效日期（年-月-日）' })
      }
      expect(await h().call('rooms.schedule', { roomId: 'room-cuiyuan' })).toEqual(before)
      // The last real day of February is fine.
      const real = await h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: { ...NEW_SESSION, date: '2027-02-27' } }, { idempotencyKey: 'real' })
      expect(real.date).toBe('2027-02-27')
    })

    it('refuses objects, arrays and numbers where text, times and numbers belong, with the field named', async () => {
      await h().signInAs('u-instructor')
      const before = await everything(h())
      await h().signInAs('u-instructor')
      const cases: [Record<string, unknown>, string, string][] = [
        [{ activity: { text: '小手涂鸦' } }, 'activity', '活动内容应为文字'],
        [{ activity: ['小手涂鸦'] }, 'activity', '活动内容应为文字'],
        [{ activity: 20261127 }, 'activity', '活动内容应为文字'],
        [{ activity: '涂'.repeat(31) }, 'activity', '最多30个字，已超出1个字，请删减'],
        // Well inside the HTTP body limit, far beyond any form.
        [{ activity: '涂'.repeat(100_000) }, 'activity', '最多30个字，已超出99970个字，请删减'],
        [{ date: { year: 2026 } }, 'date', '请选择日期'],
        [{ start: ['11:00'] }, 'start', '请填写开始时间'],
        [{ start: '11点' }, 'start', '开始时间请写成 09:30 这样的时间'],
        [{ end: 1200 }, 'end', '请填写结束时间'],
        [{ ageMin: '18' }, 'ageMin', '适合月龄应在0–36个月之间，且起始不大于结束'],
        [{ ageMax: [36] }, 'ageMax', '适合月龄应在0–36个月之间，且起始不大于结束'],
        [{ capacity: [6] }, 'capacity', '名额为1–50个'],
        [{ capacity: true }, 'capacity', '名额为1–50个'],
        [{ capacity: 1e300 }, 'capacity', '名额为1–50个'],
        [{ capacity: -6 }, 'capacity', '名额为1–50个'],
        [{ capacity: null }, 'capacity', '名额为1–50个'],
      ]
      for (const [index, [patch, field, message]] of cases.entries()) {
        const error = await expectServiceError(
          h().rawCall('rooms.saveSession', { roomId: 'room-cuiyuan', session: { ...NEW_SESSION, ...patch } }, { idempotencyKey: `bad-${index}` }),
          'VALIDATION',
        )
        expect(error.fieldErrors?.[field]).toBe(message)
      }
      expect(await everything(h())).toEqual(before)
    })

    it('trims the activity and drops fields it does not know', async () => {
      await h().signInAs('u-instructor')
      const saved = await h().rawCall(
        'rooms.saveSession',
        { roomId: 'room-cuiyuan', session: { ...NEW_SESSION, activity: '  小手涂鸦  ', placesLeft: 99, cancelled: { reason: 'x' } }, extra: true },
        { idempotencyKey: 'extra' },
      )
      expect(saved).toMatchObject({ activity: '小手涂鸦', placesLeft: 6, cancelReason: null })
    })
  })

  describe('ids, answers and codes that are not strings', () => {
    it('answer VALIDATION for every write and change nothing', async () => {
      const before = await everything(h())
      const { bookings } = before.lin
      const mine = bookings.find((booking) => booking.status === 'booked')!
      const bad = [null, 7, ['bk-1'], { id: 'bk-1' }, true, '', '<b>bk</b>', '预约😀']
      await h().signInAs('u-parent-2')
      let key = 0
      const as = (method: string, payload: unknown) => () => h().rawCall(method, payload, { idempotencyKey: `bad-${++key}` })
      await refused(
        bad.flatMap((value) => [
          as('rooms.book', { sessionId: value, childId: 'child-2', carers: 1 }),
          as('rooms.book', { sessionId: LAST_PLACE, childId: value, carers: 1 }),
          as('rooms.joinWaitlist', { sessionId: value, childId: 'child-2', carers: 1 }),
          as('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: value }),
          as('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1, notify: value }),
        ]),
        ['VALIDATION'],
      )
      await refused([as('rooms.book', null), as('rooms.book', [LAST_PLACE]), as('rooms.book', LAST_PLACE), as('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: '1' })], ['VALIDATION'])

      await h().signInAs('u-parent')
      await refused(
        bad.flatMap((value) => [
          as('rooms.cancel', { bookingId: value }),
          as('rooms.answerChange', { bookingId: value, answer: 'keep' }),
          as('rooms.answerChange', { bookingId: mine.id, answer: value }),
        ]),
        ['VALIDATION'],
      )
      // The answer is one of two words: anything else (a boolean, a string like 'false') is refused, not read as 'release'.
      await refused(['false', 'no', 'KEEP', 0, 1, false].map((answer) => as('rooms.answerChange', { bookingId: mine.id, answer })), ['VALIDATION'])

      await h().signInAs('u-instructor')
      await refused(
        bad.flatMap((value) => [
          as('rooms.checkIn', { sessionId: value, code: '123456' }),
          as('rooms.checkIn', { sessionId: LAST_PLACE, code: value }),
          as('rooms.markNoShows', { sessionId: value }),
          as('rooms.cancelSession', { sessionId: value, reason: '停电检修' }),
          as('rooms.cancelSession', { sessionId: LAST_PLACE, reason: typeof value === 'string' ? 1 : value }),
          as('rooms.saveSession', { roomId: value, session: NEW_SESSION }),
          as('rooms.saveSession', { id: value, roomId: 'room-cuiyuan', session: NEW_SESSION }),
          as('rooms.saveSession', { roomId: 'room-cuiyuan', session: value }),
        ]),
        ['VALIDATION'],
      )
      // A number or a list where the code or the reason belongs is not read as its digits or its text.
      await refused(
        [
          as('rooms.checkIn', { sessionId: LAST_PLACE, code: 123456 }),
          as('rooms.checkIn', { sessionId: LAST_PLACE, code: ['123456'] }),
          as('rooms.cancelSession', { sessionId: LAST_PLACE, reason: ['小屋停电检修'] }),
          as('rooms.cancelSession', { sessionId: LAST_PLACE, reason: { text: '小屋停电检修' } }),
          as('rooms.cancelSession', { sessionId: LAST_PLACE, reason: '停'.repeat(100_000) }),
        ],
        ['VALIDATION'],
      )
      expect(await everything(h())).toEqual(before)
    })

    it('names the field: the code, the reason, the carers', async () => {
      await h().signInAs('u-instructor')
      const code = await expectServiceError(h().rawCall('rooms.checkIn', { sessionId: LAST_PLACE, code: 123456 }, { idempotencyKey: 'c' }), 'VALIDATION')
      expect(code.fieldErrors).toEqual({ code: '签到码是6位数字' })
      const reason = await expectServiceError(h().rawCall('rooms.cancelSession', { sessionId: LAST_PLACE, reason: ['停电'] }, { idempotencyKey: 'r' }), 'VALIDATION')
      expect(reason.fieldErrors).toEqual({ reason: '取消原因应为文字' })
      await h().signInAs('u-parent-2')
      const carers = await expectServiceError(h().rawCall('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: '2' }, { idempotencyKey: 'b' }), 'VALIDATION')
      expect(carers.fieldErrors).toEqual({ carers: '陪同家长为1–2人' })
    })
  })

  describe('names every object inherits, as ids and answers', () => {
    it('are NOT_FOUND or VALIDATION for every method, never INTERNAL, and Object.prototype is left alone', async () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      const before = await everything(h())
      const mine = before.lin.bookings.find((booking) => booking.status === 'booked')!
      let key = 0
      const as = (method: string, payload: unknown) => () => h().rawCall(method, payload, { idempotencyKey: `proto-${++key}` })
      const codes = ['NOT_FOUND', 'VALIDATION']

      await refused(PROTOTYPE_NAMES.flatMap((name) => [as('rooms.room', { id: name }), as('rooms.session', { id: name })]), codes)
      await h().signInAs('u-parent-2')
      await refused(
        PROTOTYPE_NAMES.flatMap((name) => [
          as('rooms.book', { sessionId: name, childId: 'child-2', carers: 1 }),
          as('rooms.joinWaitlist', { sessionId: name, childId: 'child-2', carers: 1 }),
          as('rooms.book', { sessionId: LAST_PLACE, childId: name, carers: 1 }),
          as('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1, notify: name }),
          as('rooms.cancel', { bookingId: name }),
          as('rooms.answerChange', { bookingId: name, answer: 'keep' }),
        ]),
        codes,
      )
      await h().signInAs('u-parent')
      await refused(PROTOTYPE_NAMES.map((name) => as('rooms.answerChange', { bookingId: mine.id, answer: name })), ['VALIDATION'])
      await h().signInAs('u-instructor')
      await refused(
        PROTOTYPE_NAMES.flatMap((name) => [
          as('rooms.roster', { sessionId: name }),
          as('rooms.checkIn', { sessionId: name, code: '123456' }),
          as('rooms.markNoShows', { sessionId: name }),
          as('rooms.schedule', { roomId: name }),
          as('rooms.cancelSession', { sessionId: name, reason: '停电检修' }),
          as('rooms.saveSession', { roomId: name, session: NEW_SESSION }),
          as('rooms.saveSession', { id: name, roomId: 'room-cuiyuan', session: NEW_SESSION }),
        ]),
        codes,
      )
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      const plain: Record<string, unknown> = {}
      for (const field of ['roomId', 'date', 'start', 'status', 'code', 'cancelled', 'sessionId']) expect(plain[field]).toBeUndefined()
      expect(await everything(h())).toEqual(before)
    })
  })
})
