import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { OutcomeQuestion } from '@/pregnancy-outcome/outcome-question'
import { TIMELINE_TEXTS as T } from '../texts'

interface Props {
  lmp: string
  today: string
  pending: boolean
  onEnded: () => void
  onEdit: () => void
}

/** A pregnancy on record past 42 weeks: ask how it ended, or let a wrong date be corrected. */
export function PastTermCard({ lmp, today, pending, onEnded, onEdit }: Props) {
  return (
    <View className="card" ariaLabel={T.summaryTitle}>
      <OutcomeQuestion lmp={lmp} today={today} pending={pending} onEnded={onEnded} />
      <View className="row-gap" />
      <Text className="text-secondary block">{T.pastTermWrongDate(lmp)}</Text>
      <Button className="btn btn--secondary" onClick={onEdit}>
        {T.editLmp}
      </Button>
    </View>
  )
}
