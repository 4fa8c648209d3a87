import { useToday } from '@/app/clock'
import type { SavedAnswers, TimelineDto } from '@/contract/checkup'
import { adviseProgrammes } from '@/domain/checkup-eligibility'
import { chinaDate } from '@/domain/dates'
import { useQuery } from '@/hooks/use-query'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import { useSessionStore } from '@/stores/session-store'
import { checkupApi } from '../service'
import { pregnancyStatus } from './pregnancy-status'

interface Mine {
  timeline: TimelineDto
  answers: SavedAnswers | null
}

/**
 * 婚孕检's 首页: the three programmes for everyone; for a signed-in person also where their
 * pregnancy stands and the last guided check they saved, fresh again when they come back from
 * the timeline or the guided check.
 */
export function useCheckupHome() {
  const today = useToday()
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const programmes = useQuery(() => checkupApi().call('checkup.programmes'), [], { refreshOnShow: false })
  const mine = useQuery<Mine | null>(async () => {
    if (!userId) return null
    const [timeline, answers] = await Promise.all([checkupApi().call('checkup.timeline'), checkupApi().call('checkup.myAnswers')])
    return { timeline, answers }
  }, [userId])
  // 本次孕期已结束 from the card: the record changed, so load what is on record now.
  const ending = useEndPregnancy(() => void mine.reload())

  const timeline = mine.data?.timeline
  return {
    today,
    signedIn: userId !== null,
    programmes,
    mine,
    pregnancy: mine.status === 'ready' && timeline ? pregnancyStatus(timeline.lmp, timeline.records, today) : null,
    saved: mine.data?.answers ? savedResult(mine.data.answers, today) : null,
    ending,
  }
}

/** The last saved guided check: its advice is worked out again for today, as the guided check itself does. */
function savedResult(saved: SavedAnswers, today: string) {
  return { programmes: adviseProgrammes(saved.answers, today).map((item) => item.programme), savedOn: chinaDate(Date.parse(saved.savedAt)) }
}
