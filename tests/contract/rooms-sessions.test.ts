import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is Tuesday 2026-11-24 10:00. 翠苑's Wednesday 09:30–10:30 亲子绘本共读 (12–36 months)
// has seven families booked and one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
const REASON = '小屋所在楼层停电检修，本场暂停'
const at = (iso: string) => Date.parse(`${iso}+08:00`)
const newSession = (date: string, start = '10:00', end = '11:00') => ({ date, start, end, activity: '亲子手工：树叶贴画', ageMin: 0, ageMax: 36, capacity: 8 })

describeContract('向日葵亲子小屋 sessions arranged, cancelled and moved', (h) => {

  /** 林晓雯 takes the last place for 乐乐, and 王磊 waits for it with 豆豆. */
  async function bookedAndWaitedFor() {
    await h().signInAs('u-parent')
    const mine = await h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: 'book' })
    await h().signInAs('u-parent-2')
    const waiting = await h().call('rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: 'wait' })
    return { mine, waiting }
  }

  const bookingOf = async (id: string) => (await h().call('rooms.myBookings')).find((booking) => booking.id === id)!

  describe('one horizon for arranging and booking', () => {
    it('a session 30 days ahead can be arranged and families find and book it; a day more is refused with the reason', async () => {
      await h().signInAs('u-instructor')
      const last = await h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: newSession('2026-12-24') }, { idempotencyKey: 'last-day' })
      expect(last).toMatchObject({ date: '2026-12-24', state: 'bookable', notified: 0, cancelReason: null })
      const beyond = await expectServiceError(h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: newSession('2026-12-25') }, { idempotencyKey: 'beyond' }), 'VALIDATION')
      expect(beyond.fieldErrors?.date).toBe('最多提前30天安排活动（家庭只能预约今天起30天内的活动）')

      await h().signInAs('u-parent')
      const room = await h().call('rooms.room', { id: 'room-cuiyuan' })
      expect(room.sessions.find((s) => s.id === last.id)).toMatchObject({ state: 'bookable', placesLeft: 8 })
      const booking = await h().call('rooms.book', { sessionId: last.id, childId: 'child-1', carers: 1 }, { idempotencyKey: 'book-far' })
      expect(booking.status).toBe('booked')
    })

    it('我负责的活动 has every session ahead, however far, and the last week’s', async () => {
      await h().signInAs('u-instructor')
      const far = await h().call('rooms.saveSession', { roomId: 'room-wenxin', session: newSession('2026-12-15') }, { idempotencyKey: 'far' })
      const sessions = await h().call('rooms.mySessions')
      expect(sessions.map((s) => s.id)).toContain(far.id)
      expect(sessions.some((s) => s.date === '2026-11-17')).toBe(true)
      expect(sessions.every((s) => s.date >= '2026-11-17')).toBe(true)
      expect(new Set(sessions.map((s) => s.roomId))).toEqual(new Set(['room-cuiyuan', 'room-wenxin']))
    })

    it('the editor gets the room’s name, hours and sessions going ahead; only for the room’s instructor', async () => {
      await h().signInAs('u-instructor')
      const schedule = await h().call('rooms.schedule', { roomId: 'room-cuiyuan' })
      expect(schedule).toMatchObject({ roomId: 'room-cuiyuan', roomName: '翠苑街道向日葵亲子小屋', hours: { open: '09:00', close: '17:00', days: [1, 2, 3, 4, 5, 6] } })
      expect(schedule.hoursText).toBe('周一至周六 09:00–17:00')
      expect(schedule.sessions.every((s) => s.date >= '2026-11-24' && s.roomId === 'room-cuiyuan')).toBe(true)
      expect(schedule.sessions.find((s) => s.id === LAST_PLACE)).toMatchObject({ start: '09:30', end: '10:30', confirmed: 7 })
      await expectServiceError(h().call('rooms.schedule', { roomId: 'room-mishixiang' }), 'FORBIDDEN')
      await h().signInAs('u-parent')
      await expectServiceError(h().call('rooms.schedule', { roomId: 'room-cuiyuan' }), 'FORBIDDEN')
    })
  })

  describe('cancelling a session', () => {
    it('every booked and waitlisted family loses its place, is told the reason, and sees 已取消', async () => {
      const { mine, waiting } = await bookedAndWaitedFor()
      await h().signInAs('u-instructor')
      const cancelled = await h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: `  ${REASON} ` }, { idempotencyKey: 'cancel' })
      // 乐乐, the seven other families, and 豆豆 waiting.
      expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: REASON, confirmed: 0, waitlist: 0, notified: 9 })
      const replay = await h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'cancel' })
      expect(replay.notified).toBe(9)

      await h().signInAs('u-parent')
      expect(await bookingOf(mine.id)).toMatchObject({ status: 'cancelled', roomCancelReason: REASON, cancellable: false, code: mine.code })
      const [told] = await h().call('rooms.messages')
      expect(told).toMatchObject({ read: false, bookingId: mine.id })
      expect(told.text).toBe(`活动取消：2026-11-25 09:30 亲子绘本共读（翠苑街道向日葵亲子小屋）不再举办，原因：${REASON}。乐乐的预约已取消。`)
      expect((await h().call('rooms.room', { id: 'room-cuiyuan' })).sessions.find((s) => s.id === LAST_PLACE)).toMatchObject({ state: 'cancelled', cancelReason: REASON })

      await h().signInAs('u-parent-2')
      expect(await bookingOf(waiting.id)).toMatchObject({ status: 'cancelled', roomCancelReason: REASON })
      expect((await h().call('rooms.messages'))[0].text).toContain(`原因：${REASON}。豆豆的候补已取消。`)
      const refused = await expectServiceError(h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 }, { idempotencyKey: 'again' }), 'CONFLICT')
      expect(refused.message).toBe(`这场活动已取消：${REASON}`)

      // Families who had not booked no longer see it, nor count it.
      h().signOutLocally()
      expect((await h().call('rooms.room', { id: 'room-cuiyuan' })).sessions.map((s) => s.id)).not.toContain(LAST_PLACE)
    })

    it('a cancelled session cannot be cancelled again, edited or checked in to, and its time is free again', async () => {
      await h().signInAs('u-instructor')
      const full = await h().call('rooms.session', { id: LAST_PLACE })
      await h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'cancel' })
      expect((await expectServiceError(h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'cancel-2' }), 'CONFLICT')).message).toBe('这场活动已经取消了')
      await expectServiceError(h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, capacity: 10 } }, { idempotencyKey: 'edit' }), 'CONFLICT')
      const { entries } = await h().call('rooms.roster', { sessionId: LAST_PLACE })
      expect(entries.every((entry) => entry.status === 'cancelled')).toBe(true)
      await expectServiceError(h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: '123456' }, { idempotencyKey: 'ci' }), 'CONFLICT')
      expect((await h().call('rooms.schedule', { roomId: 'room-cuiyuan' })).sessions.map((s) => s.id)).not.toContain(LAST_PLACE)
      const instead = await h().call('rooms.saveSession', { roomId: 'room-cuiyuan', session: newSession('2026-11-25', '09:30', '10:30') }, { idempotencyKey: 'instead' })
      expect(instead.state).toBe('bookable')
      expect((await h().call('rooms.mySessions')).find((s) => s.id === LAST_PLACE)).toMatchObject({ state: 'cancelled', cancelReason: REASON })
    })

    it('needs a reason of at most 60 characters, the room’s own instructor, and a session not yet started', async () => {
      await h().signInAs('u-instructor')
      const empty = await expectServiceError(h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: '  ' }, { idempotencyKey: 'empty' }), 'VALIDATION')
      expect(empty.fieldErrors?.reason).toBe('请填写取消原因，会发给已预约和候补的家庭')
      const long = await expectServiceError(h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: '停'.repeat(61) }, { idempotencyKey: 'long' }), 'VALIDATION')
      expect(long.fieldErrors?.reason).toBe('最多60个字，已超出1个字，请删减')
      await h().signInAs('u-instructor-2')
      await expectServiceError(h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'other' }), 'FORBIDDEN')
      await h().signInAs('u-parent')
      await expectServiceError(h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'parent' }), 'FORBIDDEN')

      await h().signInAs('u-instructor')
      h().clock.set(at('2026-11-25T09:30:00'))
      expect((await expectServiceError(h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'started' }), 'CONFLICT')).message).toBe('活动已开始，不能取消')
      // Inside the families' two-hour cutoff the instructor can still call it off.
      h().clock.set(at('2026-11-25T08:45:00'))
      expect((await h().call('rooms.cancelSession', { sessionId: LAST_PLACE, reason: REASON }, { idempotencyKey: 'late' })).state).toBe('cancelled')
    })
  })

  describe('moving a session', () => {
    it('a time change tells every booked and waitlisted family, who can keep the place', async () => {
      const { mine, waiting } = await bookedAndWaitedFor()
      await h().signInAs('u-instructor')
      const full = await h().call('rooms.session', { id: LAST_PLACE })
      const moved = await h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, start: '11:00', end: '12:00' } }, { idempotencyKey: 'move' })
      expect(moved).toMatchObject({ start: '11:00', end: '12:00', notified: 9, confirmed: 8, waitlist: 1 })

      await h().signInAs('u-parent')
      const before = await bookingOf(mine.id)
      expect(before).toMatchObject({ status: 'booked', change: { from: { date: '2026-11-25', start: '09:30', end: '10:30' }, pending: true } })
      expect(before.session).toMatchObject({ start: '11:00', end: '12:00' })
      const [told] = await h().call('rooms.messages')
      expect(told).toMatchObject({ bookingId: mine.id, read: false })
      expect(told.text).toBe(
        '时间变更：乐乐预约的亲子绘本共读（翠苑街道向日葵亲子小屋）由 2026-11-25 09:30–10:30 改为 2026-11-25 11:00–12:00。请到“我的预约”选择保留名额或取消预约。',
      )
      const kept = await h().call('rooms.answerChange', { bookingId: mine.id, answer: 'keep' }, { idempotencyKey: 'keep' })
      expect(kept).toMatchObject({ status: 'booked', change: { pending: false }, code: mine.code })
      expect((await expectServiceError(h().call('rooms.answerChange', { bookingId: mine.id, answer: 'release' }, { idempotencyKey: 'again' }), 'CONFLICT')).message).toBe('这条预约没有待确认的时间变更')

      await h().signInAs('u-parent-2')
      expect(await bookingOf(waiting.id)).toMatchObject({ status: 'waitlisted', change: { pending: true } })
      expect((await h().call('rooms.messages'))[0].text).toContain('豆豆候补的亲子绘本共读')
      expect((await h().call('rooms.messages'))[0].text).toContain('选择保留候补或退出候补')
      await expectServiceError(h().call('rooms.answerChange', { bookingId: mine.id, answer: 'keep' }, { idempotencyKey: 'not-mine' }), 'NOT_FOUND')
    })

    it('editing anything but the time tells nobody', async () => {
      const { mine } = await bookedAndWaitedFor()
      await h().signInAs('u-instructor')
      const full = await h().call('rooms.session', { id: LAST_PLACE })
      const edited = await h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, activity: '亲子绘本共读：小熊很忙' } }, { idempotencyKey: 'rename' })
      expect(edited.notified).toBe(0)
      await h().signInAs('u-parent')
      expect((await bookingOf(mine.id)).change).toBeNull()
      expect(await h().call('rooms.messages')).toEqual([])
    })

    it('releasing after a time change hands the place to the first waiting family at once', async () => {
      const { mine, waiting } = await bookedAndWaitedFor()
      await h().signInAs('u-instructor')
      const full = await h().call('rooms.session', { id: LAST_PLACE })
      await h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, date: '2026-11-26', start: '16:00', end: '17:00' } }, { idempotencyKey: 'move' })

      await h().signInAs('u-parent')
      const released = await h().call('rooms.answerChange', { bookingId: mine.id, answer: 'release' }, { idempotencyKey: 'release' })
      expect(released).toMatchObject({ status: 'cancelled', change: null, roomCancelReason: null })

      await h().signInAs('u-parent-2')
      const promoted = await bookingOf(waiting.id)
      expect(promoted).toMatchObject({ status: 'booked', waitlistPosition: null })
      expect(promoted.code).toMatch(/^\d{6}$/)
      expect((await h().call('rooms.messages'))[0].text).toBe(
        `候补成功：豆豆已预约 2026-11-26 16:00 亲子绘本共读（翠苑街道向日葵亲子小屋），签到码 ${promoted.code}`,
      )
    })

    it('releasing is allowed inside the two-hour cutoff, until the start', async () => {
      const { mine } = await bookedAndWaitedFor()
      await h().signInAs('u-instructor')
      const full = await h().call('rooms.session', { id: LAST_PLACE })
      await h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, start: '11:00', end: '12:00' } }, { idempotencyKey: 'move' })

      await h().signInAs('u-parent')
      h().clock.set(at('2026-11-25T09:15:00'))
      expect((await expectServiceError(h().call('rooms.cancel', { bookingId: mine.id }, { idempotencyKey: 'plain-cancel' }), 'CONFLICT')).message).toContain('2小时')
      const released = await h().call('rooms.answerChange', { bookingId: mine.id, answer: 'release' }, { idempotencyKey: 'release' })
      expect(released.status).toBe('cancelled')
    })

    it('no answer is taken once the session has started', async () => {
      const { mine } = await bookedAndWaitedFor()
      await h().signInAs('u-instructor')
      const full = await h().call('rooms.session', { id: LAST_PLACE })
      await h().call('rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...full, start: '11:00', end: '12:00' } }, { idempotencyKey: 'move' })
      await h().signInAs('u-parent')
      h().clock.set(at('2026-11-25T11:00:00'))
      expect((await bookingOf(mine.id)).change).toMatchObject({ pending: false })
      expect((await expectServiceError(h().call('rooms.answerChange', { bookingId: mine.id, answer: 'release' }, { idempotencyKey: 'late' }), 'CONFLICT')).message).toBe('活动已开始，不能再更改预约')
    })
  })
})
