import Taro from '@tarojs/taro'
import { useSubmit } from '@/hooks/use-submit'
import { useFamilyStore } from '@/stores/family-store'
import { OUTCOME_TEXTS as T } from './texts'

/**
 * 本次孕期已结束: one gentle confirmation (a mistaken tap would drop the record), then the
 * pregnancy record ends. No reason is asked. `onEnded` lets the page refresh what it shows.
 */
export function useEndPregnancy(onEnded?: () => void) {
  const endPregnancy = useFamilyStore((state) => state.endPregnancy)
  const ending = useSubmit((key: string, lmp: string) => endPregnancy({ lmp, outcome: 'ended' }, key))

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
    void Taro.showToast({ title: T.endedDone, icon: 'none' })
    onEnded?.()
    return true
  }

  return { pending: ending.pending, askAndEnd }
}
