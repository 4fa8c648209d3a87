import { useQuery } from '@/hooks/use-query'
import { checkupApi } from '../service'

/**
 * 以往孕期的产检记录: the visits done in pregnancies that have ended, for the timeline page.
 * A pregnancy joins the history when it ends or another replaces it, which is when the timeline's
 * LMP changes: `currentLmp` is that LMP (null: none recorded), and undefined while the timeline
 * is not loaded yet, when nothing is asked (the history waits for it rather than loading twice).
 */
export function usePastPregnancies(userId: string, currentLmp: string | null | undefined) {
  const history = useQuery(
    async () => (currentLmp === undefined ? null : (await checkupApi().call('checkup.history')).pregnancies),
    [userId, currentLmp],
    { refreshOnShow: false },
  )
  // A failed load shows nothing: the history is a footnote to the timeline, not worth an error.
  return { pregnancies: history.data ?? [] }
}
