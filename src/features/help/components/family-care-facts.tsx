import { Text, View } from '@tarojs/components'
import { ContactActions } from '@/components/contact-actions'
import { NoBreakText } from '@/components/no-break-text'
import type { FamilyCareDto } from '@/contract/care'
import { SPECIAL_FAMILY_KIND_LABELS } from '@/domain/care'
import { CARE_TEXTS as T } from '../care-texts'
import { CareTags } from './care-tags'

/** The family as its contacts see it: the whole address and phone (call, copy), the cadence it is held to, and where it stands. */
export function FamilyCareFacts({ family }: { family: FamilyCareDto }) {
  const late = family.overdue.length > 0
  const { callEveryDays, visitEveryDays, basis } = family.cadence
  return (
    <>
      <View className="card" ariaLabel={family.name}>
        <Text className="page-title">{family.name}</Text>
        <Text className="text-secondary block">{`${SPECIAL_FAMILY_KIND_LABELS[family.kind]} · ${family.community}`}</Text>
        <NoBreakText className="block" text={`${T.address}：${family.address}`} />
        <NoBreakText className="block" text={`${T.phone}：${family.phone}`} />
        <View className="help__actions">
          <ContactActions phone={family.phone} address={family.address} callLabel={T.call} />
        </View>
      </View>
      <View className="card" ariaLabel={T.status}>
        <Text className="heading">{T.status}</Text>
        <Text className="block">{T.cadence(callEveryDays, visitEveryDays)}</Text>
        <Text className="text-secondary block">{T.basis(basis)}</Text>
        <NoBreakText className="block" text={T.lastContact(family.lastContact)} />
        <NoBreakText className="block" text={T.lastVisit(family.lastVisit)} />
        <NoBreakText className={`block${late ? ' care__late' : ''}`} text={`${T.nextDue(family.nextDue)}${late ? T.overdueDays(family.daysOverdue) : ''}`} />
        <CareTags family={family} />
      </View>
    </>
  )
}
