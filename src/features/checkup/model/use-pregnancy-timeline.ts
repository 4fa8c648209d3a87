import { useToday } from '@/app/clock'
import { useQuery } from '@/hooks/use-query'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import { checkupApi } from '../service'
import { pregnancyStatus } from './pregnancy-status'
import { useSavePregnancy } from './save-pregnancy'
import { useVisitMarks } from './use-visit-marks'
import { useVisitReminder } from './use-visit-reminder'

/**
 * 产检时间轴: the recorded pregnancy and its visits, recording or correcting the pregnancy,
 * marking visits done, a reminder for the next one, and saying how a pregnancy past term ended.
 */
export function usePregnancyTimeline(userId: string) {
  const today = useToday()
  const timeline = useQuery(() => checkupApi().call('checkup.timeline'), [userId], { refreshOnShow: false })
  const recorded = timeline.data?.lmp ?? null
  const pregnancy = pregnancyStatus(recorded, timeline.data?.records, today)
  // A new pregnancy starts a fresh timeline on the server: fetch it rather than guess.
  const lmpForm = useSavePregnancy(userId, () => void timeline.reload())
  const visits = useVisitMarks(userId, timeline.setData)
  const reminder = useVisitReminder(userId, pregnancy.kind === 'ongoing' ? pregnancy.next : null)
  const ending = useEndPregnancy(() => void timeline.reload())

  return { today, timeline, recorded, pregnancy, lmpForm, visits, reminder, ending }
}
