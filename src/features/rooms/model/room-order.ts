import { distanceKm } from '@/domain/booking'
import type { RoomSummary } from '@/contract/rooms'
import type { Position } from '@/privacy/gated-apis'

/** How the list of rooms is ordered: by district until the family shares where they are. */
export type Sorting = { kind: 'district'; note?: string } | { kind: 'distance'; from: Position } | { kind: 'locating' }

/** Nearest first once located; otherwise by district, then by name, in pinyin order (zh-CN collation). */
export function orderedRooms(rooms: RoomSummary[], sorting: Sorting): RoomSummary[] {
  if (sorting.kind === 'distance') return [...rooms].sort((a, b) => distanceKm(sorting.from, a) - distanceKm(sorting.from, b))
  return [...rooms].sort((a, b) => a.district.localeCompare(b.district, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
}
