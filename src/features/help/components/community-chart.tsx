import { Text, View } from '@tarojs/components'
import type { CommunityOverviewDto } from '@/contract/care-admin'
import { OVERVIEW_TEXTS as T } from '../overview-texts'

/**
 * Open requests per community as bars, the part past its response time in red: which community
 * needs a hand reads faster from lengths than from a table.
 */
export function CommunityChart({ communities }: { communities: CommunityOverviewDto[] }) {
  const most = Math.max(1, ...communities.map((row) => row.requestsOpen))
  return (
    <View className="card" ariaLabel={T.chartTitle}>
      <Text className="heading">{T.chartTitle}</Text>
      {communities.map((row) => (
        <View key={row.community} className="overview__bar-row" ariaLabel={T.chartRow(row.community, row.requestsOpen, row.requestsPastResponse)}>
          <Text className="overview__bar-label">{row.community}</Text>
          <View className="overview__bar-track" aria-hidden="true">
            <View className="overview__bar" style={{ width: `${(row.requestsOpen / most) * 100}%` }}>
              <View className="overview__bar-late" style={{ width: row.requestsOpen ? `${(row.requestsPastResponse / row.requestsOpen) * 100}%` : '0%' }} />
            </View>
          </View>
          <Text className="overview__bar-value">{`${row.requestsOpen}（${row.requestsPastResponse}）`}</Text>
        </View>
      ))}
    </View>
  )
}
