import { ownValue } from '@/domain/own'
import { codeForSession } from './check-in-codes'
import { bookingsOf } from './indexes'
import type { RoomsState } from './state'

/**
 * v1 → v2: check-in codes were a formula of the booking number, so a code still usable (a place
 * held, not yet checked in) could be worked out by anyone. Each is drawn again at random; the
 * 候补成功 message that showed the old code shows the new one, as 我的预约 does.
 */
function redrawOpenCodes(stored: unknown): unknown {
  const state = stored as RoomsState
  for (const booking of Object.values(state.bookings)) {
    if (booking.status !== 'booked' || !booking.code) continue
    const old = booking.code
    booking.code = codeForSession(bookingsOf(state, booking.sessionId).filter((other) => other !== booking))
    for (const message of ownValue(state.messages, booking.userId) ?? []) {
      if (message.bookingId === booking.id) message.text = message.text.replace(`签到码 ${old}`, `签到码 ${booking.code}`)
    }
  }
  return state
}

export const roomsMigrations: Record<number, (stored: unknown) => unknown> = { 1: redrawOpenCodes }
