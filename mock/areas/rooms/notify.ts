import { hasOwn, ownValue } from '@/domain/own'
import { timesText } from '@/domain/session-changes'
import type { CoreState } from '../../core/core-state'
import { roomOf } from './lookups'
import { sessionOfBooking } from './ops'
import type { BookingRecord, RoomMessage, RoomsState, SessionRecord, TimeChange } from './state'

/**
 * Telling families what happened to their booking. Every family gets an in-app message (shown
 * as 新消息 on the rooms page); a family that granted WeChat's one-time 订阅消息 when booking also
 * gets one there, which uses the grant up. The mock keeps those in `state.wechat` instead of
 * sending them.
 */

/** The 订阅消息 template a booking family is asked for (the app asks with the same id). */
export const SESSION_NOTICE_TEMPLATE = 'room-session-change'
/** The outbox keeps only the latest notices: enough to check what would have been sent. */
const OUTBOX_KEPT = 50

function inboxOf(state: RoomsState, userId: string): RoomMessage[] {
  const kept = ownValue(state.messages, userId)
  if (kept) return kept
  const inbox: RoomMessage[] = []
  // defineProperty, not assignment: whatever the id, it becomes an own key and never a prototype.
  Object.defineProperty(state.messages, userId, { value: inbox, enumerable: true, writable: true, configurable: true })
  return inbox
}

export function notifyFamily(state: RoomsState, booking: BookingRecord, text: string, options: { at: string; wechat: boolean }): void {
  const list = inboxOf(state, booking.userId)
  list.unshift({ id: `msg-${list.length + 1}-${booking.id}`, text, at: options.at, read: false, bookingId: booking.id })
  if (options.wechat && booking.subscribed) {
    const outbox = (state.wechat ??= [])
    outbox.unshift({ userId: booking.userId, template: SESSION_NOTICE_TEMPLATE, text, at: options.at })
    outbox.splice(OUTBOX_KEPT)
    booking.subscribed = false
  }
}

/** Families who got a place from the waitlist: in-app only, as before; seeded families have no account. */
export function notifyPromoted(state: RoomsState, core: CoreState, promoted: BookingRecord[]): void {
  for (const booking of promoted) {
    if (!hasOwn(core.users, booking.userId)) continue
    const session = sessionOfBooking(state, booking)
    notifyFamily(
      state,
      booking,
      `候补成功：${booking.childName}已预约 ${session.date} ${session.start} ${session.activity}（${roomOf(session.roomId).name}），签到码 ${booking.code}`,
      { at: booking.updatedAt, wechat: false },
    )
  }
}

/** Tells each family whose booking the cancellation took, with the instructor's reason. */
export function notifyCancelled(state: RoomsState, session: SessionRecord, reason: string, affected: { booking: BookingRecord; waiting: boolean }[], now: number): void {
  const at = new Date(now).toISOString()
  for (const { booking, waiting } of affected) {
    const what = `${booking.childName}的${waiting ? '候补' : '预约'}已取消`
    const text = `活动取消：${session.date} ${session.start} ${session.activity}（${roomOf(session.roomId).name}）不再举办，原因：${reason}。${what}。`
    notifyFamily(state, booking, text, { at, wechat: true })
  }
}

/** Tells each family holding or waiting for a place about the new time and asks them to answer. */
export function notifyMoved(state: RoomsState, session: SessionRecord, affected: { booking: BookingRecord; change: TimeChange }[], now: number): void {
  const at = new Date(now).toISOString()
  for (const { booking, change } of affected) {
    const waiting = booking.status === 'waitlisted'
    const choice = waiting ? '保留候补或退出候补' : '保留名额或取消预约'
    const text = `时间变更：${booking.childName}${waiting ? '候补' : '预约'}的${session.activity}（${roomOf(session.roomId).name}）由 ${timesText(change.from)} 改为 ${timesText(session)}。请到“我的预约”选择${choice}。`
    notifyFamily(state, booking, text, { at, wechat: true })
  }
}
