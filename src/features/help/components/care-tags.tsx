import { Text, View } from '@tarojs/components'
import type { CaseloadItem } from '@/contract/care'
import { CONTACT_KIND_LABELS } from '@/domain/care'
import { SPECIAL_DAY_TEXTS, CARE_TEXTS as T } from '../care-texts'

/**
 * What needs the contact's attention: 超期未联系 (which: 电话, 上门), open requests, 近期特殊日子
 * (calm, never which day), and who shares the family.
 */
export function CareTags({ family }: { family: Pick<CaseloadItem, 'overdue' | 'daysOverdue' | 'openRequests' | 'otherContact' | 'specialDaySoon'> }) {
  const which = family.overdue.map((kind) => CONTACT_KIND_LABELS[kind]).join('、')
  return (
    <View className="care__tags">
      {family.overdue.length > 0 && <Text className="help__status help__status--overdue">{T.overdue(family.daysOverdue, which)}</Text>}
      {family.openRequests > 0 && <Text className="help__status">{T.openRequests(family.openRequests)}</Text>}
      {family.specialDaySoon && <Text className="help__status help__status--special-day">{SPECIAL_DAY_TEXTS.soon}</Text>}
      {family.otherContact && <Text className="help__status">{T.otherContact(family.otherContact)}</Text>}
    </View>
  )
}
