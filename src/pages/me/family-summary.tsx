import { Text, View } from '@tarojs/components'
import { personalLines } from '@/domain/family'
import { EntryRow } from '@/components/entry-row'
import { ListState } from '@/components/list-state'
import { userMessage } from '@/services'
import { useFamilyStore } from '@/stores/family-store'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { ME_TEXTS } from './texts'
import { todayInChina } from '@/app/clock'

export function FamilySummary() {
  const { profile, status, error, load } = useFamilyStore()
  const lines = profile ? personalLines(profile.family, todayInChina()) : []
  return (
    <View className="card">
      <Text className="heading">{ME_TEXTS.family}</Text>
      <ListState
        status={profile ? 'ready' : status}
        errorMessage={userMessage(error)}
        onRetry={() => void load()}
        empty={lines.length === 0}
        emptyTitle={ME_TEXTS.familyEmpty}
      >
        {lines.map((line) => (
          <Text key={`${line.kind}-${line.title}`} className="block">
            {line.title}
          </Text>
        ))}
      </ListState>
      <EntryRow label={ME_TEXTS.familyEdit} onClick={() => openPage(ROUTES.family)} />
    </View>
  )
}
