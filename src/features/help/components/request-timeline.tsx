import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@/contract/help'
import { chinaDateTime } from '@/domain/dates'
import { DETAIL_TEXTS as T } from '../texts'

/** 处理进度: every step with who took it and when (China time), oldest first. */
export function RequestTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <View className="card" ariaLabel={T.timeline}>
      <Text className="heading">{T.timeline}</Text>
      {timeline.map((entry, index) => (
        <View key={index} className="help__step">
          <Text className="block">{`${entry.action} · ${entry.actorName}`}</Text>
          <Text className="text-secondary block">{chinaDateTime(Date.parse(entry.at))}</Text>
          {entry.note && <Text className="text-secondary block">{entry.note}</Text>}
        </View>
      ))}
    </View>
  )
}
