import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { daysBetween } from '@/domain/dates'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useReminderStore } from '@/stores/reminder-store'
import { HOME_TEXTS as T } from './texts'

/** The antenatal visit reminder set on 婚孕检's timeline, until its window has passed. */
export function VisitReminderCard({ userId, today }: { userId: string; today: string }) {
  const reminder = useReminderStore((state) => state.byUser[userId])
  const clear = useReminderStore((state) => state.clear)
  if (!reminder || daysBetween(reminder.end, today) > 0) return null
  const open = daysBetween(reminder.start, today) >= 0
  return (
    <View className="card home__reminder" role="status" ariaLabel={T.reminderTitle}>
      <Text className="heading">{T.reminderTitle}</Text>
      <Text className="block">{reminder.title}</Text>
      <Text className="text-secondary block">
        {open ? T.reminderOpen(reminder.end) : T.reminderUpcoming(reminder.start, daysBetween(today, reminder.start))}
      </Text>
      <View className="home__reminder-actions">
        <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.checkupTimeline)}>
          {T.reminderOpenTimeline}
        </Button>
        <Button className="btn btn--secondary" onClick={() => clear(userId)}>
          {T.reminderDismiss}
        </Button>
      </View>
    </View>
  )
}
