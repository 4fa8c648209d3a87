import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ROLE_LABELS } from '@/domain/roles'
import type { UserDto } from '@/contract/core'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { ListState } from '@/components/list-state'
import { BirthOffer } from '@/pregnancy-outcome/birth-offer'
import { OutcomeQuestion } from '@/pregnancy-outcome/outcome-question'
import { PreconceptionOffer } from '@/pregnancy-outcome/preconception-offer'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import { todayInChina } from '@/app/clock'
import { userMessage } from '@/contract/errors'
import { personalLines } from '@/domain/family'
import { useFamilyStore } from '@/stores/family-store'
import { HOME_TEXTS } from './texts'

/** Pregnancy week and children's ages for families; the role card for staff. */
export function PersonalCard({ user }: { user: UserDto }) {
  // One field each, not the whole store: only what this card draws redraws it.
  const profile = useFamilyStore((state) => state.profile)
  const status = useFamilyStore((state) => state.status)
  const error = useFamilyStore((state) => state.error)
  const ending = useEndPregnancy()
  if (user.role !== 'parent') {
    return (
      <View className="card">
        <Text className="heading">{ROLE_LABELS[user.role]}</Text>
        <Text className="text-secondary block">{user.organisation}</Text>
        <Text className="text-secondary block">{user.title}</Text>
      </View>
    )
  }
  const today = todayInChina()
  const lines = profile ? personalLines(profile.family, today) : []
  const lmp = profile?.family.pregnancy?.lmp
  return (
    <View className="card" ariaLabel={HOME_TEXTS.personalTitle}>
      <Text className="heading">{HOME_TEXTS.personalTitle}</Text>
      <ListState
        status={profile ? 'ready' : status}
        errorMessage={`${HOME_TEXTS.personalError}：${userMessage(error)}`}
        onRetry={() => void useFamilyStore.getState().load()}
        empty={lines.length === 0}
        emptyTitle={HOME_TEXTS.personalEmpty}
      >
        {lines.map((line) =>
          // Past 42 weeks: ask how the pregnancy ended instead of counting 孕42周 and beyond.
          line.kind === 'pregnancy-outcome' && lmp ? (
            <View key={line.kind} className="home__personal-line">
              <OutcomeQuestion
                lmp={lmp}
                today={today}
                pending={ending.pending}
                onEnded={() => void ending.askAndEnd(lmp)}
              />
            </View>
          ) : (
            <View key={`${line.kind}-${line.title}`} className="home__personal-line">
              <Text className="home__personal-title">{line.title}</Text>
              {line.detail && <Text className="text-secondary">{line.detail}</Text>}
              {/* From 28 weeks a baby may come early: 宝宝出生了 is one quiet tap away. */}
              {line.kind === 'pregnancy' && lmp && <BirthOffer lmp={lmp} today={today} />}
            </View>
          ),
        )}
      </ListState>
      {ending.offersPreconception && <PreconceptionOffer onDismiss={ending.dismissPreconception} />}
      {profile && lines.length === 0 && (
        <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.family)}>
          {HOME_TEXTS.personalEmptyAction}
        </Button>
      )}
    </View>
  )
}
