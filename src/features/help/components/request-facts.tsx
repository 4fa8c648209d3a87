import { Text, View } from '@tarojs/components'
import type { HelpDetail } from '@/contract/help'
import { HALF_DAY_LABELS } from '@/domain/help'
import { phoneInTag } from '../care-texts'
import { DETAIL_TEXTS as T } from '../texts'

/** 求助内容: what was asked, when and where, and the visit and rating once there are any. */
export function RequestFacts({ request }: { request: HelpDetail }) {
  return (
    <View className="card" ariaLabel={T.need}>
      <Text className="heading">{T.need}</Text>
      {/* 电话代录: the family and both contacts see that a contact filed it after a phone call. */}
      {request.phoneInBy !== null && <Text className="help__status help__status--phone-in">{phoneInTag(request.phoneInBy)}</Text>}
      <Text className="block">{request.need}</Text>
      <Text className="text-secondary block">{`${T.preferred}：${request.preferredDate} ${HALF_DAY_LABELS[request.halfDay]}`}</Text>
      <Text className="text-secondary block">{`${T.address}：${request.address}`}</Text>
      <Text className="text-secondary block">{`${T.phone}：${request.phone}`}</Text>
      {request.visit && <Text className="block">{`${T.visit}：${request.visit.date} ${request.visit.time}，${request.visit.visitor}`}</Text>}
      {request.rating && <Text className="block">{`${T.rating}：${request.rating.stars}星 ${request.rating.comment}`}</Text>}
    </View>
  )
}
