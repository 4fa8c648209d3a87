import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useDidShow } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { SERVICE_ENTRIES } from '@/service-entries'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { PersonalCard } from './personal-card'
import { VisitReminderCard } from './visit-reminder'
import { HOME_TEXTS } from './texts'
import './index.scss'
import { todayInChina } from '@/app/clock'

export default function HomePage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const loadFamily = useFamilyStore((state) => state.load)

  // A tab page stays alive under the pages opened from it: what they saved shows on return.
  useDidShow(() => {
    if (useSessionStore.getState().session) void loadFamily()
  })

  return (
    <PageShell>
      <View className="home__greeting">
        <Text className="page-title">{user ? HOME_TEXTS.greeting(user.name) : HOME_TEXTS.welcome}</Text>
        {!user && (
          <View className="card">
            <Text className="text-secondary">{HOME_TEXTS.welcomeHint}</Text>
            <View className="row-gap" />
            <Button className="btn btn--primary" onClick={() => openPage(ROUTES.signIn)}>
              {HOME_TEXTS.signIn}
            </Button>
          </View>
        )}
      </View>
      {user && <VisitReminderCard userId={user.id} today={todayInChina()} />}
      {user && <PersonalCard user={user} />}
      <Text className="heading">{HOME_TEXTS.servicesTitle}</Text>
      <View className="home__services">
        {SERVICE_ENTRIES.map((entry) => (
          <View
            key={entry.label}
            className="home__service"
            role="link"
            onClick={() => openPage(entry.route)}
          >
            <View className="home__glyph" style={{ background: entry.colour }} aria-hidden="true">
              {entry.glyph}
            </View>
            <Text className="home__service-label">{entry.label}</Text>
            <Text className="text-secondary">{entry.summary}</Text>
          </View>
        ))}
      </View>
      <Text className="home__footnote text-secondary">{HOME_TEXTS.footnote}</Text>
    </PageShell>
  )
}
