import { createRoomsService } from '../../src/services/rooms-service'
import { createHttpTransport } from '../../src/services/http-transport'
import { startMockServer } from '../../mock/http/server'
import { createTestClock } from '../support/clock'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is Tuesday 2026-11-24 10:00. 翠苑's first morning session after today
// (Wednesday 09:30, 亲子绘本共读, 12–36 months) has one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'

describeContract('向日葵亲子小屋 rooms', (h) => {
  const rooms = () => createRoomsService(h().transport)
  const asParent = async () => h().signInAs('u-parent')

  it('lists the rooms with hours, contact and sessions open to book', async () => {
    const list = await rooms().list()
    expect(list.length).toBe(5)
    const cuiyuan = list.find((room) => room.id === 'room-cuiyuan')!
    expect(cuiyuan).toMatchObject({ district: '西湖区', phone: expect.stringMatching(/^0571-/) })
    expect(cuiyuan.hoursText).toContain('09:00–17:00')
    expect(cuiyuan.openSessions).toBeGreaterThan(0)
  })

  it('shows a room’s sessions for the next 14 days, each with places left and a state', async () => {
    const room = await rooms().room('room-cuiyuan')
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
    const booking = await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 2 }, 'book-last')
    expect(booking).toMatchObject({ status: 'booked', childName: '乐乐', carers: 2, cancellable: true })
    expect(booking.code).toMatch(/^\d{6}$/)
    expect(booking.session).toMatchObject({ placesLeft: 0, state: 'booked' })
    const replay = await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 2 }, 'book-last')
    expect(replay.id).toBe(booking.id)

    await h().signInAs('u-parent-2')
    expect((await rooms().session(LAST_PLACE)).state).toBe('full')
    const refused = await expectServiceError(rooms().book({ sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, 'too-late'), 'CONFLICT')
    expect(refused.message).toContain('候补')
  })

  it('refuses a second booking by the same family and a child outside the age range', async () => {
    await asParent()
    await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'first')
    await expectServiceError(rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'second'), 'CONFLICT')
    const all = await Promise.all((await rooms().list()).map((room) => rooms().room(room.id)))
    const babies = all.flatMap((room) => room.sessions).find((s) => s.ageMax < 12 && s.state === 'bookable')!
    expect(babies).toBeDefined()
    const tooOld = await expectServiceError(rooms().book({ sessionId: babies.id, childId: 'child-1', carers: 1 }, 'age'), 'VALIDATION')
    expect(tooOld.message).toContain('已超出')
    await expectServiceError(rooms().book({ sessionId: LAST_PLACE, childId: 'child-9', carers: 1 }, 'no-child'), 'VALIDATION')
  })

  it('allows at most three upcoming bookings per family', async () => {
    await h().signInAs('u-parent-2')
    const fits = (await Promise.all(['room-cuiyuan', 'room-wenxin', 'room-mishixiang'].map((id) => rooms().room(id))))
      .flatMap((room) => room.sessions)
      .filter((s) => s.state === 'bookable' && s.ageMin <= 26 && s.ageMax >= 26)
    expect(fits.length).toBeGreaterThanOrEqual(4)
    for (const [index, s] of fits.slice(0, 3).entries()) await rooms().book({ sessionId: s.id, childId: 'child-2', carers: 1 }, `b-${index}`)
    const limit = await expectServiceError(rooms().book({ sessionId: fits[3].id, childId: 'child-2', carers: 1 }, 'b-4'), 'CONFLICT')
    expect(limit.message).toContain('最多同时预约3场')
  })

  it('closes booking and cancelling two hours before the start', async () => {
    await asParent()
    const booking = await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'book')
    h().clock.set(Date.parse('2026-11-25T07:45:00+08:00'))
    const late = await expectServiceError(rooms().cancel(booking.id, 'cancel-late'), 'CONFLICT')
    expect(late.message).toContain('2小时')
    await h().signInAs('u-parent-2')
    expect((await rooms().session(LAST_PLACE)).state).toBe('closed')
  })

  it('hands a cancelled place to the first on the waitlist, who gets a code and a message', async () => {
    await asParent()
    const mine = await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'book')
    await h().signInAs('u-parent-2')
    const waiting = await rooms().joinWaitlist({ sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, 'wait')
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, code: null })
    expect((await rooms().session(LAST_PLACE)).state).toBe('waitlisted')

    await asParent()
    const cancelled = await rooms().cancel(mine.id, 'cancel')
    expect(cancelled.status).toBe('cancelled')

    await h().signInAs('u-parent-2')
    const [promoted] = (await rooms().myBookings()).filter((b) => b.session.id === LAST_PLACE)
    expect(promoted).toMatchObject({ status: 'booked', waitlistPosition: null })
    expect(promoted.code).toMatch(/^\d{6}$/)
    const messages = await rooms().messages()
    expect(messages[0]).toMatchObject({ read: false })
    expect(messages[0].text).toContain('候补成功：豆豆')
    await rooms().readMessages()
    expect((await rooms().messages())[0].read).toBe(true)
  })

  it('gives the instructor the roster with masked phones, check-in by code, and no-shows after the start', async () => {
    await asParent()
    const booking = await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 2 }, 'book')
    await h().signInAs('u-instructor')
    const { session, entries } = await rooms().roster(LAST_PLACE)
    expect(session.confirmed).toBe(8)
    const lele = entries.find((entry) => entry.childName === '乐乐')!
    expect(lele).toMatchObject({ carers: 2, phoneMasked: '138****1234', status: 'booked', childAge: '1岁2个月' })
    for (const entry of entries) expect(entry.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)

    const wrong = await expectServiceError(rooms().checkIn(LAST_PLACE, '000000', 'ci-wrong'), 'NOT_FOUND')
    expect(wrong.fieldErrors?.code).toBeTruthy()
    const checked = await rooms().checkIn(LAST_PLACE, booking.code!, 'ci')
    expect(checked.status).toBe('checked-in')
    await expectServiceError(rooms().checkIn(LAST_PLACE, booking.code!, 'ci-again'), 'CONFLICT')

    await expectServiceError(rooms().markNoShows(LAST_PLACE, 'ns-early'), 'CONFLICT')
    h().clock.set(Date.parse('2026-11-25T09:45:00+08:00'))
    const { marked } = await rooms().markNoShows(LAST_PLACE, 'ns')
    expect(marked).toBe(7)
    const after = await rooms().roster(LAST_PLACE)
    expect(after.entries.filter((entry) => entry.status === 'no-show')).toHaveLength(7)
    expect(after.entries.find((entry) => entry.childName === '乐乐')!.status).toBe('checked-in')
  })

  it('lets an instructor manage only their own rooms, and refuses roster access to parents', async () => {
    await h().signInAs('u-instructor')
    await expectServiceError(rooms().roster('ss-mishixiang-2026-11-25-am'), 'FORBIDDEN')
    await asParent()
    await expectServiceError(rooms().roster(LAST_PLACE), 'FORBIDDEN')
    await expectServiceError(rooms().saveSession('room-cuiyuan', { date: '2026-11-27', start: '11:00', end: '12:00', activity: '音乐律动', ageMin: 10, ageMax: 30, capacity: 8 }, 'k'), 'FORBIDDEN')
  })

  it('creates and edits sessions with validation; shrinking below bookings is refused; growing moves the waitlist', async () => {
    await h().signInAs('u-instructor')
    const created = await rooms().saveSession(
      'room-cuiyuan',
      { date: '2026-11-27', start: '11:00', end: '12:00', activity: '小手涂鸦', ageMin: 18, ageMax: 36, capacity: 6 },
      'create',
    )
    expect(created).toMatchObject({ activity: '小手涂鸦', placesLeft: 6 })
    const overlap = await expectServiceError(
      rooms().saveSession('room-cuiyuan', { date: '2026-11-27', start: '11:30', end: '12:30', activity: '音乐律动', ageMin: 10, ageMax: 30, capacity: 8 }, 'overlap'),
      'VALIDATION',
    )
    expect(overlap.fieldErrors?.start).toBe('与小屋同一时间的另一场活动重叠')

    await asParent()
    await rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'book')
    await h().signInAs('u-parent-2')
    await rooms().joinWaitlist({ sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, 'wait')
    await h().signInAs('u-instructor')
    const full = await rooms().session(LAST_PLACE)
    const shrink = await expectServiceError(
      rooms().saveSession('room-cuiyuan', { ...full, capacity: 5 }, 'shrink', LAST_PLACE),
      'VALIDATION',
    )
    expect(shrink.fieldErrors?.capacity).toBe('已有8个家庭预约，名额不能少于8')
    const grown = await rooms().saveSession('room-cuiyuan', { ...full, capacity: 9 }, 'grow', LAST_PLACE)
    expect(grown).toMatchObject({ confirmed: 9, waitlist: 0 })
  })

  it('shows 我的预约 with the room’s address and contact, past and upcoming', async () => {
    await asParent()
    const bookings = await rooms().myBookings()
    expect(bookings.map((b) => b.status).sort()).toEqual(['booked', 'checked-in'])
    for (const booking of bookings) {
      expect(booking.roomAddress).toContain('杭州市')
      expect(booking.roomPhone).toMatch(/^0571-/)
    }
  })

  it('needs a parent account to book', async () => {
    await expectServiceError(rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'anon'), 'UNAUTHENTICATED')
    await h().signInAs('u-instructor')
    await expectServiceError(rooms().book({ sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, 'staff'), 'FORBIDDEN')
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
      const rooms = createRoomsService(createHttpTransport(server.url))
      expect((await rooms.session(LAST_PLACE)).placesLeft).toBe(0)
    } finally {
      await server.close()
    }
  })
})
