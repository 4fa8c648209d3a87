import { Text, View } from '@tarojs/components'
import { HELP_STATUS_LABELS } from '@/domain/help'
import type { HelpSummary } from '@/contract/help'
import { DETAIL_TEXTS as T } from '../texts'

export function StatusBadges({ request }: { request: Pick<HelpSummary, 'status' | 'overdue' | 'urgent' | 'callOnly'> }) {
  return (
    <View>
      <Text className="help__status">{HELP_STATUS_LABELS[request.status]}</Text>
      {request.overdue && <Text className="help__status help__status--overdue">{T.overdue}</Text>}
      {request.urgent && <Text className="help__status help__status--urgent">{T.urgent}</Text>}
      {request.callOnly && <Text className="help__status">{T.callOnly}</Text>}
    </View>
  )
}
