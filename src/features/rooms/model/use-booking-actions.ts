import Taro from '@tarojs/taro'
import type { BookingDto } from '@/contract/rooms'
import { useSubmit } from '@/hooks/use-submit'
import { roomsApi } from '../service'
import { BOOKINGS_TEXTS as T } from '../texts'

/**
 * What a family does to a booking from 我的预约: cancel it (or leave the waitlist), or answer a
 * time change (keep the place, or release it). Each asks first where a place is given up, says how
 * it went, and then `reload`s the list, whose answer is the truth either way.
 */
export function useBookingActions(reload: () => void) {
  const cancel = useSubmit((key: string, bookingId: string) => roomsApi().call('rooms.cancel', { bookingId }, { idempotencyKey: key }))
  const answer = useSubmit((key: string, bookingId: string, keep: boolean) =>
    roomsApi().call('rooms.answerChange', { bookingId, answer: keep ? 'keep' : 'release' }, { idempotencyKey: key }),
  )

  async function cancelBooking(booking: BookingDto) {
    const { confirm } = await Taro.showModal({
      title: booking.status === 'waitlisted' ? T.leaveWaitlist : T.cancel,
      content: booking.status === 'waitlisted' ? '' : T.cancelConfirm,
    })
    if (!confirm) return
    const result = await cancel.submit(booking.id)
    if (result.ok) void Taro.showToast({ title: T.cancelled, icon: 'none' })
    else void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 })
    reload()
  }

  async function answerChange(booking: BookingDto, keep: boolean) {
    const waiting = booking.status === 'waitlisted'
    if (!keep) {
      const { confirm } = await Taro.showModal({ title: waiting ? T.releaseWaiting : T.release, content: waiting ? '' : T.releaseConfirm })
      if (!confirm) return
    }
    const result = await answer.submit(booking.id, keep)
    if (result.ok) void Taro.showToast({ title: keep ? (waiting ? T.keptWaiting : T.kept) : T.cancelled, icon: 'none' })
    else void Taro.showToast({ title: T.answerFailed(result.error.message), icon: 'none', duration: 3000 })
    reload()
  }

  return { cancelBooking, answerChange, cancelling: cancel.pending, answering: answer.pending }
}
