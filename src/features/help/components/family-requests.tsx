import { Text, View } from '@tarojs/components'
import type { HelpSummary } from '@/contract/help'
import { CARE_TEXTS as T } from '../care-texts'
import { RequestCard } from './request-card'

/** The family's requests, newest first, each opening its detail. */
export function FamilyRequests({ requests }: { requests: HelpSummary[] }) {
  return (
    <View ariaLabel={T.requests}>
      <Text className="heading">{T.requests}</Text>
      {requests.length === 0 && <Text className="text-secondary block">{T.noRequests}</Text>}
      {requests.map((request) => (
        <RequestCard key={request.id} request={request} showFamily={false} />
      ))}
    </View>
  )
}
