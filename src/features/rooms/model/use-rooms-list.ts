import { useState } from 'react'
import { distanceKm } from '@/domain/booking'
import type { RoomSummary } from '@/contract/rooms'
import { useQuery } from '@/hooks/use-query'
import { requestLocation } from '@/privacy/gated-apis'
import { roomsApi } from '../service'
import { ROOMS_TEXTS as T } from '../texts'
import { orderedRooms, type Sorting } from './room-order'

/**
 * The rooms a family can choose from, by district or, after a tap that asks for the location
 * (never on the first screen), by distance. A refused location falls back to districts and says why.
 */
export function useRoomsList() {
  const rooms = useQuery(() => roomsApi().call('rooms.list'))
  const [sorting, setSorting] = useState<Sorting>({ kind: 'district' })

  async function sortByDistance() {
    setSorting({ kind: 'locating' })
    const position = await requestLocation()
    setSorting(position.ok ? { kind: 'distance', from: position.value } : { kind: 'district', note: T.byDistrictNote(position.message) })
  }

  const from = sorting.kind === 'distance' ? sorting.from : null
  return {
    rooms,
    sorting,
    sortByDistance,
    shown: orderedRooms(rooms.data ?? [], sorting),
    /** Kilometres from the family, when they shared their location. */
    distanceTo: (room: RoomSummary): number | null => (from ? distanceKm(from, room) : null),
  }
}
