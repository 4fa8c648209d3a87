import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is Tuesday 2026-11-24 10:00. 翠苑's Wednesday 09:30 亲子绘本共读 has one place left;
// 林晓雯 (u-parent) already holds a place at 文新 with its own code.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'
/** Six digits, as the family is shown them and the instructor types them. */
const CODE = /^[1-9]\d{5}$/

describeContract('向日葵亲子小屋 check-in codes', (h) => {
  const bookLastPlace = async (key: string) => {
    await h().signInAs('u-parent')
    return h().call('rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1 }, { idempotencyKey: key })
  }

  it('cannot be worked out from the booking: the same booking made again gets another code', async () => {
    const first = await bookLastPlace('first')
    expect(first.code).toMatch(CODE)
    // Back to the seed: the same family books the same place and gets the same booking number.
    await h().call('demo.reset')
    const again = await bookLastPlace('again')
    expect(again.id).toBe(first.id)
    expect(again.code).toMatch(CODE)
    expect(again.code).not.toBe(first.code)
  })

  it('check in only with the code of a booking of that session', async () => {
    const booking = await bookLastPlace('book')
    const elsewhere = (await h().call('rooms.myBookings')).find((b) => b.status === 'booked' && b.session.id !== LAST_PLACE)!
    expect(elsewhere.code).toMatch(CODE)
    await h().signInAs('u-instructor')
    const other = await expectServiceError(h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: elsewhere.code! }, { idempotencyKey: 'other-session' }), 'NOT_FOUND')
    expect(other.fieldErrors).toEqual({ code: '这场活动没有这个签到码，请核对' })
    await expectServiceError(h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: '000000' }, { idempotencyKey: 'wrong' }), 'NOT_FOUND')
    const short = await expectServiceError(h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: '12345' }, { idempotencyKey: 'short' }), 'VALIDATION')
    expect(short.fieldErrors).toEqual({ code: '签到码是6位数字' })
    // Typed with spaces, as people read six digits out in pairs or threes.
    const spaced = `${booking.code!.slice(0, 3)} ${booking.code!.slice(3)}`
    expect(await h().call('rooms.checkIn', { sessionId: LAST_PLACE, code: spaced }, { idempotencyKey: 'right' })).toMatchObject({ childName: '乐乐', status: 'checked-in' })
  })
})
