import { Text, View } from '@tarojs/components'
import type { CommunityOverviewDto } from '@/contract/care-admin'
import { OVERVIEW_TEXTS as T } from '../overview-texts'

/** One community's numbers, each with its label: never a name, an address or a note. */
export function CommunityFigures({ row }: { row: CommunityOverviewDto }) {
  const figures: Array<[string, string, boolean]> = [
    [T.families, String(row.families), false],
    [T.contacts, String(row.contacts), false],
    [T.contactsOverdue, String(row.contactsOverdue), row.contactsOverdue > 0],
    [T.open, String(row.requestsOpen), false],
    [T.pastResponse, String(row.requestsPastResponse), row.requestsPastResponse > 0],
    [T.escalated, String(row.requestsEscalated), false],
    [T.hoursToAccept, T.hours(row.averageHoursToAccept), false],
    [T.satisfaction, T.stars(row.satisfaction, row.scored), false],
  ]
  return (
    <View className="card" ariaLabel={row.community}>
      <Text className="heading">{row.community}</Text>
      {figures.map(([label, value, alarm]) => (
        <View key={label} className="overview__figure">
          <Text className="overview__figure-label">{label}</Text>
          <Text className={`overview__figure-value${alarm ? ' overview__figure-value--alarm' : ''}`}>{value}</Text>
        </View>
      ))}
    </View>
  )
}
