import Taro from '@tarojs/taro'
import { useState } from 'react'
import { bookingClosesAt, childAgeReason } from '@/domain/booking'
import { chinaDateTime } from '@/domain/dates'
import type { BookingDto, SessionDto } from '@/contract/rooms'
import { useDraft } from '@/hooks/use-draft'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { roomsApi } from '../service'
import { askForSessionNotice, canAskForSessionNotice } from '../subscribe'
import { BOOK_TEXTS as T, ROOM_TEXTS } from '../texts'
import { useFamilyChildren } from './use-family-children'

interface BookDraft {
  childId: string
  carers: 1 | 2
}

/** Why the form is not offered: the room called the session off, the family is in it already, or booking has closed. */
function whyNotBookable(session: SessionDto): string | null {
  if (session.state === 'cancelled') return ROOM_TEXTS.cancelled(session.cancelReason ?? '')
  if (session.state === 'booked' || session.state === 'waitlisted') return T.alreadyBooked
  if (session.state === 'closed') return T.closed
  return null
}

/**
 * A parent books a place in one session, or joins its waitlist when it is full. The choices are
 * kept as a draft until the booking succeeds, so a failed submit or a closed app loses nothing.
 */
export function useBooking(sessionId: string) {
  // Not refreshed on show: the page changes to the booking's result once it is made.
  const session = useQuery(() => roomsApi().call('rooms.session', { id: sessionId }), [sessionId], { refreshOnShow: false })
  const children = useFamilyChildren()
  const { draft, setDraft, clearDraft } = useDraft<BookDraft>(`rooms-book:${sessionId}`)
  const form: BookDraft = draft ?? { childId: '', carers: 1 }
  const [childError, setChildError] = useState<string | undefined>()
  const [done, setDone] = useState<BookingDto | null>(null)
  const submit = useSubmit((key: string, waitlist: boolean, notify: 'subscribe' | undefined) =>
    roomsApi().call(
      waitlist ? 'rooms.joinWaitlist' : 'rooms.book',
      { sessionId, childId: form.childId, carers: form.carers, ...(notify ? { notify } : {}) },
      { idempotencyKey: key },
    ),
  )

  const data = session.data
  const waitlist = data?.state === 'full'

  /** The session's ages are checked at once, as the backend would, so the button waits for a fitting child. */
  function chooseChild(childId: string) {
    const child = children.find((candidate) => candidate.id === childId)
    if (!data || !child) return
    setChildError(childAgeReason(child.birthDate, data.date, data.ageMin, data.ageMax) ?? undefined)
    setDraft({ ...form, childId })
  }

  async function confirm() {
    if (!data) return
    if (!form.childId) {
      setChildError(T.chooseChild)
      return
    }
    // Asked first, inside the tap, as WeChat requires (its dialog covers the page meanwhile);
    // the answer only adds a channel. Elsewhere nothing is asked, so the submit starts at once.
    const notify = canAskForSessionNotice ? await askForSessionNotice() : undefined
    const result = await submit.submit(waitlist, notify)
    if (result.ok) {
      clearDraft()
      setDone(result.value)
      void Taro.showToast({ title: result.value.status === 'waitlisted' ? T.waiting(result.value.waitlistPosition ?? 1) : T.booked, icon: 'success' })
      return
    }
    if (result.error.fieldErrors?.childId) setChildError(result.error.message)
    // Someone took the last place first: show the session as it is now (候补 is offered).
    if (result.error.code === 'CONFLICT') void session.reload()
  }

  return {
    session,
    children,
    form,
    childError,
    done,
    waitlist,
    /** When booking and cancelling close (BOOKING_CLOSES_BEFORE_HOURS before the start), China time. */
    notBookable: data ? whyNotBookable(data) : null,
    closesAt: data ? chinaDateTime(bookingClosesAt(data)) : null,
    pending: submit.pending,
    /** A failure other than a field's, shown above the form with a retry. */
    failure: submit.error && submit.error.code !== 'VALIDATION' ? submit.error.message : null,
    chooseChild,
    chooseCarers: (carers: 1 | 2) => setDraft({ ...form, carers }),
    confirm,
  }
}
