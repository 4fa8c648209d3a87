import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useSubmit } from '@/hooks/use-submit'
import { useFamilyStore } from '@/stores/family-store'
import { useReminderStore } from '@/stores/reminder-store'
import { useSessionStore } from '@/stores/session-store'
import { OUTCOME_TEXTS as T } from './texts'

/**
 * The pregnancy on record has ended (宝宝出生了 or 本次孕期已结束): the signed-in person's
 * antenatal visit reminder on 首页 goes with it.
 */
export function forgetVisitReminder(): void {
  const userId = useSessionStore.getState().session?.user.id
  if (userId) useReminderStore.getState().clear(userId)
}

/**
 * 本次孕期已结束: one gentle confirmation (a mistaken tap would drop the record), then the
 * pregnancy record ends and its visit reminder with it. No reason is asked. `onEnded` lets the
 * page refresh what it shows; `offersPreconception` is then true until dismissed, for the quiet
 * line about the 孕前优生健康检查 (PreconceptionOffer) where the question was asked.
 */
export function useEndPregnancy(onEnded?: () => void) {
  const endPregnancy = useFamilyStore((state) => state.endPregnancy)
  const ending = useSubmit((key: string, lmp: string) => endPregnancy({ lmp, outcome: 'ended' }, key))
  const [offersPreconception, setOffersPreconception] = useState(false)

  async function askAndEnd(lmp: string): Promise<boolean> {
    const answer = await Taro.showModal({ title: T.endTitle, content: T.endContent, confirmText: T.endConfirm, cancelText: T.endCancel })
    if (!answer.confirm) return false
    const result = await ending.submit(lmp)
    if (!result.ok) {
      // Ended (or changed) elsewhere meanwhile: show what is on record now.
      const conflict = result.error.code === 'CONFLICT'
      if (conflict) void useFamilyStore.getState().load()
      void Taro.showToast({ title: conflict ? result.error.message : T.endFailed(result.error.message), icon: 'none' })
      return false
    }
    forgetVisitReminder()
    void Taro.showToast({ title: T.endedDone, icon: 'none' })
    setOffersPreconception(true)
    onEnded?.()
    return true
  }

  return { pending: ending.pending, askAndEnd, offersPreconception, dismissPreconception: () => setOffersPreconception(false) }
}
