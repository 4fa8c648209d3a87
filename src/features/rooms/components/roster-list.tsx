import { Text, View } from '@tarojs/components'
import type { RosterEntry } from '@/contract/rooms'
import { INSTRUCTOR_TEXTS as T } from '../texts'
import { BookingStatusBadge } from './state-badge'

/** The families booked or waiting for a session, with the masked phone the instructor may see. */
export function RosterList({ entries }: { entries: RosterEntry[] }) {
  return (
    <View className="card" ariaLabel={T.roster}>
      <Text className="heading">{T.roster}</Text>
      {entries.length === 0 && <Text className="text-secondary block">{T.rosterEmpty}</Text>}
      {entries.map((entry) => (
        <View key={entry.bookingId} className="rooms__row" ariaLabel={entry.childName}>
          <View>
            <Text className="block">{`${entry.childName} · ${entry.childAge}`}</Text>
            <Text className="text-secondary block">{`${T.carers(entry.carers)} · ${entry.phoneMasked}`}</Text>
          </View>
          <BookingStatusBadge status={entry.status} />
        </View>
      ))}
    </View>
  )
}
