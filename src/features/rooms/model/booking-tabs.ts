import { sessionEndMs } from '@/domain/booking'
import type { BookingDto } from '@/contract/rooms'

export type BookingTab = 'upcoming' | 'past'

/**
 * 待参加: sessions not yet over that the family still holds, waits for, or that the room called
 * off (kept until its day, so the family sees why it is off). 已结束: the rest, latest first.
 */
export function bookingTabs(bookings: BookingDto[], now: number): Record<BookingTab, BookingDto[]> {
  const upcoming = bookings.filter((b) => sessionEndMs(b.session) >= now && (b.status !== 'cancelled' || b.roomCancelReason !== null))
  const past = bookings.filter((b) => !upcoming.includes(b)).reverse()
  return { upcoming, past }
}
