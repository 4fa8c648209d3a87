import { Text, View } from '@tarojs/components'
import { HALF_DAY_LABELS, HELP_TYPE_LABELS, VOLUNTEER_LABELS } from '@/domain/help'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { HelpSummary } from '@/contract/help'
import { phoneInTag } from '../care-texts'
import { HELP_TEXTS as T } from '../texts'
import { StatusBadges } from './status-badges'

export const typeText = (request: Pick<HelpSummary, 'type' | 'volunteerKind'>) =>
  `${HELP_TYPE_LABELS[request.type]}${request.volunteerKind ? ` · ${VOLUNTEER_LABELS[request.volunteerKind]}` : ''}`

/** A request in a list: masked phone and address, the details are one tap away. */
export function RequestCard({ request, showFamily }: { request: HelpSummary; showFamily: boolean }) {
  return (
    <View className="card" role="link" onClick={() => openPage(ROUTES.helpDetail, { id: request.id })}>
      <Text className="heading">{showFamily ? `${request.familyName} · ${typeText(request)}` : typeText(request)}</Text>
      <StatusBadges request={request} />
      {request.phoneInBy !== null && <Text className="help__status help__status--phone-in">{phoneInTag(request.phoneInBy)}</Text>}
      <Text className="block">{request.needPreview}</Text>
      <Text className="text-secondary block">{T.preferred(request.preferredDate, HALF_DAY_LABELS[request.halfDay])}</Text>
      {showFamily && <Text className="text-secondary block">{`${request.addressMasked} · ${request.phoneMasked}`}</Text>}
      {!showFamily && <Text className="text-secondary block">{T.contactNames(request.contacts.map((c) => c.name).join('、'))}</Text>}
    </View>
  )
}
