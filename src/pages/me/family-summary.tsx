import { Text, View } from '@tarojs/components'
import { EntryRow } from '@/components/entry-row'
import { ListState } from '@/components/list-state'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { todayInChina } from '@/app/clock'
import { userMessage } from '@/contract/errors'
import { personalLines } from '@/domain/family'
import { BirthOffer } from '@/pregnancy-outcome/birth-offer'
import { useFamilyStore } from '@/stores/family-store'
import { ME_TEXTS } from './texts'

export function FamilySummary() {
  const profile = useFamilyStore((state) => state.profile)
  const status = useFamilyStore((state) => state.status)
  const error = useFamilyStore((state) => state.error)
  const today = todayInChina()
  const lines = profile ? personalLines(profile.family, today) : []
  const lmp = profile?.family.pregnancy?.lmp
  return (
    <View className="card">
      <Text className="heading">{ME_TEXTS.family}</Text>
      <ListState
        status={profile ? 'ready' : status}
        errorMessage={userMessage(error)}
        onRetry={() => void useFamilyStore.getState().load()}
        empty={lines.length === 0}
        emptyTitle={ME_TEXTS.familyEmpty}
      >
        {lines.map((line) => (
          <Text key={`${line.kind}-${line.title}`} className="block">
            {line.title}
          </Text>
        ))}
        {/* From 28 weeks (and past term, where the line asks 宝宝出生了吗？): the baby's form is one tap away. */}
        {lmp && <BirthOffer lmp={lmp} today={today} />}
      </ListState>
      <EntryRow label={ME_TEXTS.familyEdit} onClick={() => openPage(ROUTES.family)} />
    </View>
  )
}
