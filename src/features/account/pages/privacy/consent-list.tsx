import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { chinaDate } from '@/domain/dates'
import type { ConsentDto } from '@/services/types'
import { useConsents } from '../../model/use-consents'
import { CONSENT_TEXTS, PRIVACY_TEXTS as T } from '../../texts'

const day = (iso: string) => chinaDate(Date.parse(iso))

function statusText(consent: ConsentDto): string {
  if (consent.givenAt) return T.given(day(consent.givenAt))
  if (consent.withdrawnAt) return T.withdrawnOn(day(consent.withdrawnAt))
  return T.notGiven
}

/** 我的授权: each consent with its date; withdrawing asks first and says what will be deleted. */
export function ConsentList({ userId }: { userId: string }) {
  const { consents, listState, withdrawPending, withdraw } = useConsents(userId)

  return (
    <View className="card" ariaLabel={T.consentsTitle}>
      <Text className="heading">{T.consentsTitle}</Text>
      <Text className="text-secondary block">{T.consentsIntro}</Text>
      <ListState {...listState}>
        {consents.map((consent) => {
          const texts = CONSENT_TEXTS[consent.scope]
          return (
            <View key={consent.scope} className="privacy__consent" ariaLabel={texts.title}>
              <Text className="privacy__consent-title">{texts.title}</Text>
              <Text className={`privacy__status${consent.givenAt ? ' privacy__status--on' : ''}`}>{statusText(consent)}</Text>
              <Text className="text-secondary block">{texts.covers}</Text>
              {consent.givenAt && (
                <View>
                  <Text className="text-secondary block">{texts.afterWithdrawal}</Text>
                  <Button className="btn btn--danger" disabled={withdrawPending} onClick={() => void withdraw(consent.scope)}>
                    {withdrawPending ? T.withdrawing : T.withdraw}
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
