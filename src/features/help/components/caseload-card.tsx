import { Text, View } from '@tarojs/components'
import { NoBreakText } from '@/components/no-break-text'
import type { CaseloadItem } from '@/contract/care'
import { SPECIAL_FAMILY_KIND_LABELS } from '@/domain/care'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { CARE_TEXTS as T } from '../care-texts'
import { CareTags } from './care-tags'

/** A family in 我联系的家庭: who, where (the street only), when last and next contacted; its record is one tap away. */
export function CaseloadCard({ family }: { family: CaseloadItem }) {
  const late = family.overdue.length > 0
  return (
    <View className="card" role="link" onClick={() => openPage(ROUTES.careFamily, { id: family.familyId })}>
      <Text className="heading">{family.name}</Text>
      <Text className="text-secondary block">{`${SPECIAL_FAMILY_KIND_LABELS[family.kind]} · ${family.community}`}</Text>
      <Text className="text-secondary block">{family.addressMasked}</Text>
      <NoBreakText className="block" text={T.lastContact(family.lastContact)} />
      <NoBreakText className={`block${late ? ' care__late' : ''}`} text={T.nextDue(family.nextDue)} />
      <CareTags family={family} />
    </View>
  )
}
