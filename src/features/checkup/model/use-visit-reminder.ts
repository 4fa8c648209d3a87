import Taro from '@tarojs/taro'
import type { ScheduledVisit } from '@/domain/antenatal-schedule'
import { useReminderStore } from '@/stores/reminder-store'
import { requestVisitReminder } from './request-visit-reminder'

/** 提醒我 for the next visit: kept for the 首页 card (and, on weapp, a WeChat message if allowed). */
export function useVisitReminder(userId: string, next: ScheduledVisit | null) {
  const reminder = useReminderStore((state) => state.byUser[userId])
  const setReminder = useReminderStore((state) => state.set)

  async function remind() {
    if (!next) return
    const { reminder: created, message } = await requestVisitReminder(next)
    setReminder(userId, created)
    void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
  }

  return { on: next !== null && reminder?.visitId === next.id, remind }
}
