import Taro from '@tarojs/taro'
import { useConsentGate } from '@/components/consent-gate'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { supportApi } from '../service'
import { LEAVE_TEXTS as T } from '../texts'

export type LeaveView = 'calendar' | 'plan'

/**
 * The leave calendar (from the due date, or the birth once it came) and the plan kept under
 * 我的: "加入我的计划" saves the calendar as it is now (the backend computes it again, so what is
 * saved is what the rules say), 移除 forgets it. The plan view shows what was saved.
 */
export function useLeavePlan(userId: string, view: LeaveView) {
  const mine = useQuery(() => supportApi().call('support.mine'), [userId], { failedText: T.loadFailed })
  const consent = useConsentGate('family-health')
  const saving = useSubmit((key: string) => supportApi().call('support.savePlan', null, { idempotencyKey: key }))
  const removing = useSubmit((key: string) => supportApi().call('support.removePlan', null, { idempotencyKey: key }))

  async function addToPlan() {
    consent.forgetRefusal()
    const result = await saving.submit()
    if (result.ok) {
      mine.setData((current) => current && { ...current, plan: result.value })
      void Taro.showToast({ title: T.added, icon: 'none' })
    } else if (!consent.askedFor(result.error)) {
      void Taro.showToast({ title: T.failed(result.error.message), icon: 'none' })
    }
  }

  async function removePlan() {
    const { confirm } = await Taro.showModal({ title: T.removePlan, content: T.removeConfirm })
    if (!confirm) return
    const result = await removing.submit()
    if (result.ok) mine.setData((current) => current && { ...current, plan: null })
    void Taro.showToast({ title: result.ok ? T.removed : T.failed(result.error.message), icon: 'none' })
  }

  const plan = mine.data?.plan ?? null
  return {
    mine,
    plan,
    calendar: view === 'plan' ? (plan?.calendar ?? null) : (mine.data?.calendar ?? null),
    /** The calendar shown is the one in the plan (same birth, same dates). */
    inPlan: plan !== null && !plan.outdated,
    pending: saving.pending || removing.pending,
    addToPlan: () => void addToPlan(),
    removePlan: () => void removePlan(),
    consentRefused: consent.refused,
    consentSheet: (texts: { title: string; points: string[] }) => consent.sheet(texts, addToPlan),
  }
}
