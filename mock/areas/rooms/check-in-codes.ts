import { CHECK_IN_CODE_LENGTH } from '@/domain/booking'
import { ServiceError } from '@/contract/errors'
import { randomText } from '../../core/random'
import type { BookingRecord } from './state'

/**
 * Check-in codes. They used to be a formula of the booking number, which every family sees in
 * its own booking's id, so anyone could work out another family's code and check them in. Now
 * each is drawn from the crypto source, and redrawn if another booking of the session has it.
 */

/** The first digit is never 0, so a code reads as the six-digit number families always got. */
const FIRST_DIGITS = '123456789'
const DIGITS = '0123456789'
/** A session holds a few dozen codes out of 900,000: fifty clashes in a row cannot happen in practice. */
const TRIES = 50

export const drawCheckInCode = (): string => randomText(1, FIRST_DIGITS) + randomText(CHECK_IN_CODE_LENGTH - 1, DIGITS)

/** A code no booking in `taken` has. */
export function newCheckInCode(taken: ReadonlySet<string>, draw: () => string = drawCheckInCode): string {
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    const code = draw()
    if (!taken.has(code)) return code
  }
  throw new ServiceError('INTERNAL', '签到码生成失败，请重试')
}

/**
 * A code for a booking of the session whose bookings are `sessionBookings`, unique among them.
 * Cancelled bookings keep their code (it is still shown), so theirs count as taken too: check-in
 * must find one booking by its code.
 */
export function codeForSession(sessionBookings: readonly BookingRecord[]): string {
  return newCheckInCode(new Set(sessionBookings.flatMap((booking) => (booking.code ? [booking.code] : []))))
}
