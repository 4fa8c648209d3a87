import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import type { EligibilityAnswers } from '@/domain/checkup-eligibility'
import { adviseProgrammes } from '@/domain/checkup-eligibility'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { checkupApi } from '../service'
import { CHECKUP_TEXTS, GUIDE_TEXTS as T } from '../texts'
import { BulletList } from './bullet-list'
import { InstitutionCard } from './institution-card'

const NEARBY_SHOWN = 2

/** The guided check's answer: each programme that applies, what to bring and where to go. */
export function GuideResult({ answers, today }: { answers: EligibilityAnswers; today: string }) {
  const advice = adviseProgrammes(answers, today)
  const details = useLoader(
    () =>
      Promise.all(
        advice.map(async (item) => ({
          programme: await checkupApi().call('checkup.programme', { id: item.programme }),
          places: await checkupApi().call('checkup.institutions', { programme: item.programme, district: answers.district }),
        })),
      ),
    [JSON.stringify(answers), today],
  )

  if (advice.length === 0) {
    return (
      <View className="card" ariaLabel={T.resultTitle}>
        <Text className="heading">{T.noneTitle}</Text>
        <Text className="text-secondary block">{T.noneHint}</Text>
      </View>
    )
  }
  return (
    <View ariaLabel={T.resultTitle}>
      <Text className="heading">{T.resultTitle}</Text>
      <ListState status={details.status} errorMessage={`${CHECKUP_TEXTS.loadFailed}：${details.error}`} onRetry={() => void details.reload()}>
        {advice.map((item, index) => {
          const detail = details.data?.[index]
          if (!detail) return null
          return (
            <View key={`${item.programme}-${index}`} className="card" ariaLabel={detail.programme.name}>
              <Text className="checkup__programme-name">{detail.programme.name}</Text>
              <Text className={`checkup__tag${item.free ? '' : ' checkup__tag--muted'}`}>{item.free ? T.free : T.notFree}</Text>
              <Text className="block">{item.reason}</Text>
              {item.urgent && <Text className="checkup__urgent">{item.urgent}</Text>}
              <Text className="heading">{T.bring}</Text>
              <BulletList items={detail.programme.documents} />
              <Text className="heading">{T.where}</Text>
              {detail.places.items.slice(0, NEARBY_SHOWN).map((institution) => (
                <InstitutionCard key={institution.id} institution={institution} />
              ))}
              <Button
                className="btn btn--secondary btn--block"
                onClick={() =>
                  openPage(ROUTES.checkupInstitutions, { programme: item.programme, ...(answers.district ? { district: answers.district } : {}) })
                }
              >
                {`${T.moreInstitutions}（${detail.places.items.length}家）`}
              </Button>
            </View>
          )
        })}
      </ListState>
    </View>
  )
}
