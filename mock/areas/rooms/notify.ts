import { ROOM_SEEDS } from './fixtures/rooms'
import type { BookingRecord, RoomsState } from './state'

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

export function roomName(roomId: string): string {
  return ROOM_SEEDS.find((room) => room.id === roomId)?.name ?? ''
}

export function notifyFamily(state: RoomsState, booking: BookingRecord, text: string, options: { at: string; wechat: boolean }): void {
  const list = (state.messages[booking.userId] ??= [])
  list.unshift({ id: `msg-${list.length + 1}-${booking.id}`, text, at: options.at, read: false, bookingId: booking.id })
  if (options.wechat && booking.subscribed) {
    const outbox = (state.wechat ??= [])
    outbox.unshift({ userId: booking.userId, template: SESSION_NOTICE_TEMPLATE, text, at: options.at })
    outbox.splice(OUTBOX_KEPT)
    booking.subscribed = false
  }
}

/** Families who got a place from the waitlist: in-app only, as before. */
export function notifyPromoted(state: RoomsState, promoted: BookingRecord[], hasAccount: (userId: string) => boolean): void {
  for (const booking of promoted) {
    if (!hasAccount(booking.userId)) continue
    const session = state.sessions[booking.sessionId]
    notifyFamily(
      state,
      booking,
      `候补成功：${booking.childName}已预约 ${session.date} ${session.start} ${session.activity}（${roomName(session.roomId)}），签到码 ${booking.code}`,
      { at: booking.updatedAt, wechat: false },
    )
  }
}
