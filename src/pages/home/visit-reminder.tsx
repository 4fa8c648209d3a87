import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { daysBetween } from '@/domain/dates'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useFamilyStore } from '@/stores/family-store'
import { useReminderStore } from '@/stores/reminder-store'
import { HOME_TEXTS as T } from './texts'

/**
 * The antenatal visit reminder set on 婚孕检's timeline, until its window has passed, and only
 * while a pregnancy is on record: a pregnancy ended anywhere (another phone, 未怀孕 saved on
 * 家庭信息) leaves no reminder behind.
 */
export function VisitReminderCard({ userId, today }: { userId: string; today: string }) {
  const reminder = useReminderStore((state) => state.byUser[userId])
  const clear = useReminderStore((state) => state.clear)
  const pregnancyEnded = useFamilyStore((state) => state.profile !== null && state.profile.family.pregnancy === null)
  if (!reminder || pregnancyEnded || daysBetween(reminder.end, today) > 0) return null
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
