import { Text, View } from '@tarojs/components'
import { useToday } from '@/app/clock'
import { Button } from '@/components/button'
import { BirthOffer } from '@/pregnancy-outcome/birth-offer'
import type { PregnancyStatus } from '../model/pregnancy-status'
import { TIMELINE_TEXTS as T } from '../texts'

type Ongoing = Extract<PregnancyStatus, { kind: 'ongoing' }>

/**
 * 我的孕期 on the timeline: the week, trimester, due date and LMP; 修改末次月经 unless the form is
 * open; from 28 weeks 宝宝出生了 too.
 */
export function PregnancySummary({ pregnancy, onEdit }: { pregnancy: Ongoing; onEdit?: () => void }) {
  const today = useToday()
  return (
    <View className="card" ariaLabel={T.summaryTitle}>
      <Text className="heading">{T.summaryTitle}</Text>
      <Text className="checkup__big">{pregnancy.age}</Text>
      <Text className="block">{`${pregnancy.trimester} · ${T.dueDate(pregnancy.dueDate)} · ${pregnancy.countdown}`}</Text>
      <Text className="text-secondary block">{T.lmpOnRecord(pregnancy.lmp)}</Text>
      {onEdit && (
        <Button className="btn btn--secondary" onClick={onEdit}>
          {T.editLmp}
        </Button>
      )}
      <BirthOffer lmp={pregnancy.lmp} today={today} />
    </View>
  )
}
