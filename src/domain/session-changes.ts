import { sessionStartMs, type SessionTimes } from './booking'
import { tooLongMessage } from './validation'

/**
 * What happens to families when an instructor cancels a session or moves it: the reason they
 * are given, and their choice to keep or release a place after a time change. Pure; "now" is
 * passed in.
 */

/** The reason is sent to every family in a message, so it is kept to a phone-screen line or two. */
export const CANCEL_REASON_MAX = 60

export function cancelReasonError(reason: string): string | null {
  const text = reason.trim()
  if (!text) return '请填写取消原因，会发给已预约和候补的家庭'
  if (text.length > CANCEL_REASON_MAX) return tooLongMessage(text.length, CANCEL_REASON_MAX)
  return null
}

/** Why the session can no longer be cancelled, or null. Once it has started, families are there. */
export function cancelSessionError(session: SessionTimes & { cancelled?: unknown }, now: number): string | null {
  if (session.cancelled) return '这场活动已经取消了'
  if (now >= sessionStartMs(session)) return '活动已开始，不能取消'
  return null
}

/** A family's answer to a time change: keep the place (or waitlist spot), or release it. */
export const CHANGE_ANSWERS = ['keep', 'release'] as const
export type ChangeAnswer = (typeof CHANGE_ANSWERS)[number]

export function timesChanged(before: SessionTimes, after: SessionTimes): boolean {
  return before.date !== after.date || before.start !== after.start || before.end !== after.end
}

export const timesText = (times: SessionTimes) => `${times.date} ${times.start}–${times.end}`

/**
 * Why a family may not (any more) answer a time change, or null. The usual two-hour cancel
 * cutoff does not apply: the time changed on them, so they may release the place until the
 * session starts.
 */
export function changeAnswerError(args: { session: SessionTimes; pending: boolean; now: number }): string | null {
  if (!args.pending) return '这条预约没有待确认的时间变更'
  if (args.now >= sessionStartMs(args.session)) return '活动已开始，不能再更改预约'
  return null
}
