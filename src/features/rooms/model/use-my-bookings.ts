import { useState } from 'react'
import { now } from '@/app/clock'
import { useQuery } from '@/hooks/use-query'
import { roomsApi } from '../service'
import { bookingTabs, type BookingTab } from './booking-tabs'

/** A family's bookings under two tabs, 待参加 and 已结束, fresh whenever the page shows. */
export function useMyBookings() {
  const [tab, setTab] = useState<BookingTab>('upcoming')
  const bookings = useQuery(() => roomsApi().call('rooms.myBookings'))
  const tabs = bookingTabs(bookings.data ?? [], now())
  return { bookings, tab, setTab, counts: { upcoming: tabs.upcoming.length, past: tabs.past.length }, shown: tabs[tab] }
}
