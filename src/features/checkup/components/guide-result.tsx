import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import type { EligibilityAnswers } from '@/domain/checkup-eligibility'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useGuideResult } from '../model/use-guide-result'
import { GUIDE_TEXTS as T } from '../texts'
import { BulletList } from './bullet-list'
import { InstitutionCard } from './institution-card'

const NEARBY_SHOWN = 2

/** The guided check's answer: each programme that applies, what to bring and where to go. */
export function GuideResult({ answers, today }: { answers: EligibilityAnswers; today: string }) {
  const { advised, details, cards } = useGuideResult(answers, today)

  if (!advised) {
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
      <ListState {...details.listState}>
        {cards.map(({ key, item, programme, places }) => (
          <View key={key} className="card" ariaLabel={programme.name}>
            <Text className="checkup__programme-name">{programme.name}</Text>
            <Text className={`checkup__tag${item.free ? '' : ' checkup__tag--muted'}`}>{item.free ? T.free : T.notFree}</Text>
            <Text className="block">{item.reason}</Text>
            {item.urgent && <Text className="checkup__urgent">{item.urgent}</Text>}
            <Text className="heading">{T.bring}</Text>
            <BulletList items={programme.documents} />
            <Text className="heading">{T.where}</Text>
            {places.items.slice(0, NEARBY_SHOWN).map((institution) => (
              <InstitutionCard key={institution.id} institution={institution} />
            ))}
            <Button
              className="btn btn--secondary btn--block"
              onClick={() =>
                openPage(ROUTES.checkupInstitutions, { programme: item.programme, ...(answers.district ? { district: answers.district } : {}) })
              }
            >
              {`${T.moreInstitutions}（${places.items.length}家）`}
            </Button>
          </View>
        ))}
      </ListState>
    </View>
  )
}
