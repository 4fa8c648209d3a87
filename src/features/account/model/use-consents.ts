import Taro from '@tarojs/taro'
import { userMessage } from '@/contract/errors'
import type { ConsentScope } from '@/domain/consents'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { accountApi } from '../service'
import { CONSENT_TEXTS, PRIVACY_TEXTS as T } from '../texts'
import { forgetOnThisPhone } from './consent-cleanup'

/**
 * 我的授权: the consents this account gave, and withdrawing one (PIPL art. 15: as easy as giving
 * it). Withdrawing asks first and says what will be deleted; the backend deletes the data, then
 * this phone's copies of it go too.
 */
export function useConsents(userId: string) {
  // Nothing opened from this page changes a consent, so coming back does not load again.
  const consents = useQuery(() => accountApi().call('profile.consents'), [userId], { refreshOnShow: false, failedText: T.loadFailed })
  const withdrawing = useSubmit((key: string, scope: ConsentScope) => accountApi().call('profile.withdrawConsent', { scope }, { idempotencyKey: key }))

  async function withdraw(scope: ConsentScope) {
    const texts = CONSENT_TEXTS[scope]
    const { confirm } = await Taro.showModal({
      title: T.confirmTitle(texts.title),
      content: texts.afterWithdrawal,
      confirmText: T.confirm,
      cancelText: T.keep,
    })
    if (!confirm) return
    const result = await withdrawing.submit(scope)
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none' })
      return
    }
    consents.setData(result.value)
    void Taro.showToast({ title: texts.withdrawn, icon: 'none', duration: 2500 })
    try {
      await forgetOnThisPhone(scope, userId)
    } catch (error) {
      // The backend has deleted the data; only the refresh of this phone's copy failed.
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  return { consents: consents.data ?? [], listState: consents.listState, withdrawPending: withdrawing.pending, withdraw }
}
