import { createHttpTransport } from '@/services/http-transport'
import { startMockServer } from '../../mock/http/server'
import { createTestClock } from '../support/clock'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is Tuesday 2026-11-24 10:00. 翠苑's first morning session after today
// (Wednesday 09:30, 亲子绘本共读, 12–36 months) has one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'

describeContract('向日葵亲子小屋 rooms', (h) => {
  const asParent = async () => h().signInAs('u-parent')

  it('lists the rooms with hours, contact and sessions open to book', async () => {
    const list = await h().call('rooms.list')
    expect(list.length).toBe(5)
    const cuiyuan = list.find((room) => room.id === 'room-cuiyuan')!
    expect(cuiyuan).toMatchObject({ district: '西湖区', phone: expect.stringMatching(/^0571-/) })
    expect(cuiyuan.hoursText).toContain('09:00–17:00')
    expect(cuiyuan.openSessions).toBeGreaterThan(0)
  })

  it('shows a room’s sessions for the next 14 days, each with places left and a state', async () => {
    const room = await h().call('rooms.room', { id: 'room-cuiyuan' })
    expect(room.facilities.length).toBeGreaterThan(2)
    const dates = room.sessions.map((s) => s.date)
    expect(dates[0] >= '2026-11-24').toBe(true)
    expect(dates[dates.length - 1] <= '2026-12-08').toBe(true)
    const last = room.sessions.find((s) => s.id === LAST_PLACE)!
    expect(last).toMatchObject({ activity: '亲子绘本共读', placesLeft: 1, state: 'bookable', ageMin: 12, ageMax: 36 })
    expect(room.sessions.some((s) => s.state === 'full')).toBe(true)
  })

  it('books the last place with a check-in code; the session is then 已约满 for others', async () => {
    await asParent()
    const booking = await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 2 }, { idempotencyKey: 'book-last' })
    expect(booking).toMatchObject({ status: 'booked', childName: '乐乐', carers: 2, cancellable: true })
    expect(booking.code).toMatch(/^\d{6}$/)
    expect(booking.session).toMatchObject({ placesLeft: 0, state: 'booked' })
    const replay = await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 2 }, { idempotencyKey: 'book-last' })
    expect(replay.id).toBe(booking.id)

    await h().signInAs('u-parent-2')
    expect((await h().call('rooms.session', { id: LAST_PLACE })).state).toBe('full')
    const refused = await expectServiceError(h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: 'too-late' }), 'CONFLICT')
    expect(refused.message).toContain('候补')
  })

  it('refuses a second booking by the same family and a child outside the age range', async () => {
    await asParent()
    await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'first' })
    await expectServiceError(h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'second' }), 'CONFLICT')
    const all = await Promise.all((await h().call('rooms.list')).map((room) => h().call('rooms.room', { id: room.id })))
    const babies = all.flatMap((room) => room.sessions).find((s) => s.ageMax < 12 && s.state === 'bookable')!
    expect(babies).toBeDefined()
    const tooOld = await expectServiceError(h().call('rooms.book', { sessionId: babies.id, childId: 'child-1', carers: 1 }, { idempotencyKey: 'age' }), 'VALIDATION')
    expect(tooOld.message).toContain('已超出')
    await expectServiceError(h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-9', carers: 1 }, { idempotencyKey: 'no-child' }), 'VALIDATION')
  })

  it('allows at most three upcoming bookings per family', async () => {
    await h().signInAs('u-parent-2')
    const fits = (await Promise.all(['room-cuiyuan', 'room-wenxin', 'room-mishixiang'].map((id) => h().call('rooms.room', { id }))))
      .flatMap((room) => room.sessions)
      .filter((s) => s.state === 'bookable' && s.ageMin <= 26 && s.ageMax >= 26)
    expect(fits.length).toBeGreaterThanOrEqual(4)
    for (const [index, s] of fits.slice(0, 3).entries()) await h().call('rooms.book', { sessionId: s.id, childId: 'child-2', carers: 1 }, { idempotencyKey: `b-${index}` })
    const limit = await expectServiceError(h().call('rooms.book', { sessionId: fits[3].id, childId: 'child-2', carers: 1 }, { idempotencyKey: 'b-4' }), 'CONFLICT')
    expect(limit.message).toContain('最多同时预约3场')
  })

  it('closes booking and cancelling two hours before the start', async () => {
    await asParent()
    const booking = await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'book' })
    h().clock.set(Date.parse('2026-11-25T07:45:00+08:00'))
    const late = await expectServiceError(h().call('rooms.cancel', { bookingId: booking.id }, { idempotencyKey: 'cancel-late' }), 'CONFLICT')
    expect(late.message).toContain('2小时')
    await h().signInAs('u-parent-2')
    expect((await h().call('rooms.session', { id: LAST_PLACE })).state).toBe('closed')
  })

  it('hands a cancelled place to the first on the waitlist, who gets a code and a message', async () => {
    await asParent()
    const mine = await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'book' })
    await h().signInAs('u-parent-2')
    const waiting = await h().call('rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: 'wait' })
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, code: null })
    expect((await h().call('rooms.session', { id: LAST_PLACE })).state).toBe('waitlisted')

    await asParent()
    const cancelled = await h().call('rooms.cancel', { bookingId: mine.id }, { idempotencyKey: 'cancel' })
    expect(cancelled.status).toBe('cancelled')

    await h().signInAs('u-parent-2')
    const [promoted] = (await h().call('rooms.myBookings')).filter((b) => b.session.id === LAST_PLACE)
    expect(promoted).toMatchObject({ status: 'booked', waitlistPosition: null })
    expect(promoted.code).toMatch(/^\d{6}$/)
    const messages = await h().call('rooms.messages')
    expect(messages[0]).toMatchObject({ read: false })
    expect(messages[0].text).toContain('候补成功：豆豆')
    await h().call('rooms.readMessages')
    expect((await h().call('rooms.messages'))[0].read).toBe(true)
  })

  it('gives the instructor the roster with masked phones, check-in by code, and no-shows after the start', async () => {
    await asParent()
    const booking = await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 2 }, { idempotencyKey: 'book' })
    await h().signInAs('u-instructor')
    const { session, entries } = await h().call('rooms.roster', { sessionId: LAST_PLACE })
    expect(session.confirmed).toBe(8)
    const lele = entries.find((entry) => entry.childName === '乐乐')!
    expect(lele).toMatchObject({ carers: 2, phoneMasked: '138****1234', status: 'booked', childAge: '1岁2个月' })
    for (const entry of entries) expect(entry.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)

    const wrong = await expectServiceError(h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: '000000' }, { idempotencyKey: 'ci-wrong' }), 'NOT_FOUND')
    expect(wrong.fieldErrors?.code).toBeTruthy()
    const checked = await h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: booking.code! }, { idempotencyKey: 'ci' })
    expect(checked.status).toBe('checked-in')
    await expectServiceError(h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: booking.code! }, { idempotencyKey: 'ci-again' }), 'CONFLICT')

    await expectServiceError(h().call('rooms.markNoShows', { sessionId: LAST_PLACE }, { idempotencyKey: 'ns-early' }), 'CONFLICT')
    h().clock.set(Date.parse('2026-11-25T09:45:00+08:00'))
    const { marked } = await h().call('rooms.markNoShows', { sessionId: LAST_PLACE }, { idempotencyKey: 'ns' })
    expect(marked).toBe(7)
    const after = await h().call('rooms.roster', { sessionId: LAST_PLACE })
    expect(after.entries.filter((entry) => entry.status === 'no-show')).toHaveLength(7)
    expect(after.entries.find((entry) => entry.childName === '乐乐')!.status).toBe('checked-in')
  })

  it('lets an instructor manage only their own rooms, and refuses roster access to parents', async () => {
    await h().signInAs('u-instructor')
    await expectServiceError(h().call('rooms.roster', { sessionId: 'ss-mishixiang-2026-11-25-am' }), 'FORBIDDEN')
    await asParent()
    await expectServiceError(h().call('rooms.roster', { sessionId: LAST_PLACE }), 'FORBIDDEN')
    await expectServiceError(h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: { date: '2026-11-27', start: '11:00', end: '12:00', activity: '音乐律动', ageMin: 10, ageMax: 30, capacity: 8 } }, { idempotencyKey: 'k' }), 'FORBIDDEN')
  })

  it('creates and edits sessions with validation; shrinking below bookings is refused; growing moves the waitlist', async () => {
    await h().signInAs('u-instructor')
    const created = await h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: { date: '2026-11-27', start: '11:00', end: '12:00', activity: '小手涂鸦', ageMin: 18, ageMax: 36, capacity: 6 } }, { idempotencyKey: 'create' })
    expect(created).toMatchObject({ activity: '小手涂鸦', placesLeft: 6 })
    const overlap = await expectServiceError(
      h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: { date: '2026-11-27', start: '11:30', end: '12:30', activity: '音乐律动', ageMin: 10, ageMax: 30, capacity: 8 } }, { idempotencyKey: 'overlap' }),
      'VALIDATION',
    )
    expect(overlap.fieldErrors?.start).toBe('与小屋同一时间的另一场活动重叠')

    await asParent()
    await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'book' })
    await h().signInAs('u-parent-2')
    await h().call('rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: 'wait' })
    await h().signInAs('u-instructor')
    const full = await h().call('rooms.session', { id: LAST_PLACE })
    const shrink = await expectServiceError(
      h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, capacity: 5 } }, { idempotencyKey: 'shrink' }),
      'VALIDATION',
    )
    expect(shrink.fieldErrors?.capacity).toBe('已有8个家庭预约，名额不能少于8')
    const grown = await h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, capacity: 9 } }, { idempotencyKey: 'grow' })
    expect(grown).toMatchObject({ confirmed: 9, waitlist: 0 })
  })

  it('shows 我的预约 with the room’s address and contact, past and upcoming', async () => {
    await asParent()
    const bookings = await h().call('rooms.myBookings')
    expect(bookings.map((b) => b.status).sort()).toEqual(['booked', 'checked-in'])
    for (const booking of bookings) {
      expect(booking.roomAddress).toContain('杭州市')
      expect(booking.roomPhone).toMatch(/^0571-/)
    }
  })

  it('needs a parent account to book', async () => {
    await expectServiceError(h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'anon' }), 'UNAUTHENTICATED')
    await h().signInAs('u-instructor')
    await expectServiceError(h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'staff' }), 'FORBIDDEN')
  })
})

describe('concurrent requests over HTTP', () => {
  it('two families racing for the last place: exactly one gets it, and a double tap books once', async () => {
    const clock = createTestClock()
    const server = await startMockServer({ now: clock.now, latency: () => 0 })
    try {
      const signIn = async (id: string) => (await (await fetch(`${server.url}/rpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ payload: { identityId: id } }) })).json()).data.token as string
      const [parentToken, otherToken] = await Promise.all([signIn('u-parent'), signIn('u-parent-2')])
      const book = (token: string, childId: string, key: string) =>
        fetch(`${server.url}/rpc/rooms.book`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
          body: JSON.stringify({ payload: { sessionId: LAST_PLACE, childId, carers: 1 } }),
        }).then((response) => response.json())
      const results = await Promise.all([
        book(parentToken, 'child-1', 'tap-1'),
        book(parentToken, 'child-1', 'tap-1'),
        book(otherToken, 'child-2', 'other-1'),
        book(parentToken, 'child-1', 'tap-1'),
      ])
      const won = results.filter((result) => result.ok)
      const lost = results.filter((result) => !result.ok)
      expect(new Set(won.map((result) => result.data.id)).size).toBe(1)
      for (const result of lost) expect(result.error.code).toBe('CONFLICT')
      const client = createHttpTransport(server.url)
      expect((await client.call('rooms.session', { id: LAST_PLACE })).placesLeft).toBe(0)
    } finally {
      await server.close()
    }
  })
})
