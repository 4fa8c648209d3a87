import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Notice } from '@/components/notice'
import type { ScheduledVisit } from '@/domain/antenatal-schedule'
import { TIMELINE_TEXTS as T } from '../texts'

/** 下次产检 with 提醒我 (or 已设置提醒); when no visit is ahead, a word that the schedule is through. */
export function NextVisitCard({ next, reminderOn, onRemind }: { next: ScheduledVisit | null; reminderOn: boolean; onRemind: () => void }) {
  if (!next) return <Notice tone="info" message={T.allDone} />
  return (
    <View className="card" ariaLabel={T.nextTitle}>
      <Text className="heading">{T.nextTitle}</Text>
      <Text className="checkup__programme-name">{next.title}</Text>
      <Text className="block">{T.window(next.start, next.end)}</Text>
      {reminderOn ? (
        <Text className="checkup__tag checkup__tag--done">{T.reminderOn}</Text>
      ) : (
        <Button className="btn btn--primary" onClick={onRemind}>
          {T.remind}
        </Button>
      )}
    </View>
  )
}
