import { CANCEL_REASON_MAX, cancelReasonError, cancelSessionError, changeAnswerError, timesChanged, timesText } from '@/domain/session-changes'

const at = (iso: string) => Date.parse(`${iso}+08:00`)
const session = { date: '2026-11-25', start: '09:30', end: '10:30' }

describe('cancelling a session', () => {
  test('needs a reason the families can read, of at most 60 characters', () => {
    expect(cancelReasonError('小屋停电检修，本场暂停')).toBeNull()
    expect(cancelReasonError('')).toBe('请填写取消原因，会发给已预约和候补的家庭')
    expect(cancelReasonError('   ')).toBe('请填写取消原因，会发给已预约和候补的家庭')
    expect(cancelReasonError('停'.repeat(CANCEL_REASON_MAX))).toBeNull()
    expect(cancelReasonError(` ${'停'.repeat(CANCEL_REASON_MAX)} `)).toBeNull()
    expect(cancelReasonError('停'.repeat(CANCEL_REASON_MAX + 3))).toBe('最多60个字，已超出3个字，请删减')
  })

  test('is possible until the start (even inside the families’ two-hour cutoff), and only once', () => {
    expect(cancelSessionError(session, at('2026-11-25T09:29:59'))).toBeNull()
    expect(cancelSessionError(session, at('2026-11-25T09:30:00'))).toBe('活动已开始，不能取消')
    expect(cancelSessionError({ ...session, cancelled: { reason: '停电', at: '' } }, at('2026-11-24T10:00:00'))).toBe('这场活动已经取消了')
  })
})

describe('a time change', () => {
  test('is a change of day, start or end; other edits are not', () => {
    expect(timesChanged(session, { ...session })).toBe(false)
    expect(timesChanged(session, { ...session, date: '2026-11-26' })).toBe(true)
    expect(timesChanged(session, { ...session, start: '09:00' })).toBe(true)
    expect(timesChanged(session, { ...session, end: '11:00' })).toBe(true)
    expect(timesText(session)).toBe('2026-11-25 09:30–10:30')
  })

  test('families may answer it until the session starts, past the usual two-hour cutoff', () => {
    expect(changeAnswerError({ session, pending: true, now: at('2026-11-25T08:30:00') })).toBeNull()
    expect(changeAnswerError({ session, pending: true, now: at('2026-11-25T09:30:00') })).toBe('活动已开始，不能再更改预约')
    expect(changeAnswerError({ session, pending: false, now: at('2026-11-24T10:00:00') })).toBe('这条预约没有待确认的时间变更')
  })
})
