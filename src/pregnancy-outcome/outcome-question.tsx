import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { DateString } from '@/domain/dates'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { daysToDue, dueDateFromLmp } from '@/domain/pregnancy'
import { OUTCOME_TEXTS as T } from './texts'
import './outcome-question.scss'

interface Props {
  lmp: DateString
  today: DateString
  /** 本次孕期已结束 is being saved. */
  pending?: boolean
  /** Default: 家庭信息 opens on the baby's form (宝宝出生了 means the same wherever it is asked). */
  onBorn?: () => void
  onEnded: () => void
}

/** 宝宝出生了, wherever it is asked or offered: 家庭信息 opens on the baby's form. */
export const recordBirth = () => openPage(ROUTES.family, { outcome: 'born' })

/**
 * "宝宝出生了吗？" with its two answers, shown instead of 孕42周 and beyond wherever the app
 * would count weeks (首页, 婚孕检, the timeline, the family form). Nothing else is asked here.
 */
export function OutcomeQuestion({ lmp, today, pending = false, onBorn = recordBirth, onEnded }: Props) {
  return (
    <View role="group" ariaLabel={T.question}>
      <Text className="heading">{T.question}</Text>
      <Text className="text-secondary block">{T.explain(dueDateFromLmp(lmp), -daysToDue(lmp, today))}</Text>
      <View className="outcome__actions">
        <Button className="btn btn--primary btn--block" onClick={onBorn}>
          {T.born}
        </Button>
        <Button className="btn btn--secondary btn--block" disabled={pending} onClick={onEnded}>
          {pending ? T.ending : T.ended}
        </Button>
      </View>
    </View>
  )
}
