import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { DateString } from '@/domain/dates'
import { offersBirthRecord } from '@/domain/pregnancy-outcome'
import { recordBirth } from './outcome-question'
import { OUTCOME_TEXTS as T } from './texts'

/**
 * 宝宝出生了 beside the pregnancy's week from 28+0 weeks (a baby may come before the due date):
 * a quiet secondary button that opens 家庭信息 on the baby's form. Nothing before 28 weeks.
 */
export function BirthOffer({ lmp, today }: { lmp: DateString; today: DateString }) {
  if (!offersBirthRecord(lmp, today)) return null
  return (
    <View className="outcome__offer">
      <Button className="btn btn--secondary" onClick={recordBirth}>
        {T.born}
      </Button>
    </View>
  )
}
