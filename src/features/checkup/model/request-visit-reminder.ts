import Taro from '@tarojs/taro'
import type { ScheduledVisit } from '@/domain/antenatal-schedule'
import type { VisitReminder } from '@/stores/reminder-store'
import { TIMELINE_TEXTS as T } from '../texts'

const TEMPLATE = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_VISIT || 'demo-antenatal-visit-reminder'

/**
 * Asks for a reminder of `visit`. On weapp this is WeChat's one-time 订阅消息, which may only be
 * requested from a tap and may be refused; whatever the answer, the 首页 card reminds too.
 */
export async function requestVisitReminder(visit: ScheduledVisit): Promise<{ reminder: VisitReminder; message: string }> {
  const base = { visitId: visit.id, title: visit.title, start: visit.start, end: visit.end }
  if (process.env.TARO_ENV !== 'weapp') {
    return { reminder: { ...base, channel: 'in-app' }, message: T.reminderSet(visit.start) }
  }
  try {
    // Taro's typing demands entityIds (a WeChat plug-in field) and hides the per-template answers.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [TEMPLATE] } as never)) as unknown as Record<string, string>
    if (answer[TEMPLATE] === 'accept') return { reminder: { ...base, channel: 'subscribe' }, message: T.reminderSubscribed }
    return { reminder: { ...base, channel: 'in-app' }, message: T.reminderRefused }
  } catch {
    return { reminder: { ...base, channel: 'in-app' }, message: T.reminderFailed }
  }
}
