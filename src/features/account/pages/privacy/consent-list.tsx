import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import type { ConsentScope } from '@/domain/consents'
import { chinaDate } from '@/domain/dates'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { api, userMessage, type ConsentDto } from '@/services'
import { forgetOnThisPhone } from '../../consent-cleanup'
import { CONSENT_TEXTS, PRIVACY_TEXTS as T } from '../../texts'

const day = (iso: string) => chinaDate(Date.parse(iso))

function statusText(consent: ConsentDto): string {
  if (consent.givenAt) return T.given(day(consent.givenAt))
  if (consent.withdrawnAt) return T.withdrawnOn(day(consent.withdrawnAt))
  return T.notGiven
}

/** 我的授权: each consent with its date; withdrawing asks first and says what will be deleted. */
export function ConsentList({ userId }: { userId: string }) {
  const consents = useLoader(() => api().call('profile.consents'), [userId])
  const withdraw = useSubmit((key: string, scope: ConsentScope) => api().call('profile.withdrawConsent', { scope }, { idempotencyKey: key }))

  async function confirmWithdraw(scope: ConsentScope) {
    const texts = CONSENT_TEXTS[scope]
    const { confirm } = await Taro.showModal({
      title: T.confirmTitle(texts.title),
      content: texts.afterWithdrawal,
      confirmText: T.confirm,
      cancelText: T.keep,
    })
    if (!confirm) return
    const result = await withdraw.submit(scope)
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

  return (
    <View className="card" ariaLabel={T.consentsTitle}>
      <Text className="heading">{T.consentsTitle}</Text>
      <Text className="text-secondary block">{T.consentsIntro}</Text>
      <ListState status={consents.status} errorMessage={`${T.loadFailed}：${consents.error}`} onRetry={() => void consents.reload()}>
        {(consents.data ?? []).map((consent) => {
          const texts = CONSENT_TEXTS[consent.scope]
          return (
            <View key={consent.scope} className="privacy__consent" ariaLabel={texts.title}>
              <Text className="privacy__consent-title">{texts.title}</Text>
              <Text className={`privacy__status${consent.givenAt ? ' privacy__status--on' : ''}`}>{statusText(consent)}</Text>
              <Text className="text-secondary block">{texts.covers}</Text>
              {consent.givenAt && (
                <View>
                  <Text className="text-secondary block">{texts.afterWithdrawal}</Text>
                  <Button className="btn btn--danger" disabled={withdraw.pending} onClick={() => void confirmWithdraw(consent.scope)}>
                    {withdraw.pending ? T.withdrawing : T.withdraw}
                  </Button>
                </View>
              )}
            </View>
          )
        })}
      </ListState>
    </View>
  )
}
