import { Text, View } from '@tarojs/components'
import type { ScheduledVisit } from '@/domain/antenatal-schedule'
import type { FieldErrors } from '@/domain/validation'
import type { VisitRecordInput } from '../model/use-visit-marks'
import { TIMELINE_TEXTS as T } from '../texts'
import { VisitItem } from './visit-item'

interface Props {
  userId: string
  schedule: ScheduledVisit[]
  lmp: string
  today: string
  pending: boolean
  errorsOf: (visitId: string) => FieldErrors | undefined
  onMark: (visitId: string, record: VisitRecordInput) => Promise<boolean>
  onUnmark: (visitId: string) => void
}

/** 产检时间轴: every visit of the pregnancy in order, each to mark done or undo. */
export function VisitSchedule({ userId, schedule, lmp, today, pending, errorsOf, onMark, onUnmark }: Props) {
  return (
    <View>
      <Text className="heading">{T.scheduleTitle}</Text>
      <Text className="text-secondary block">{T.scheduleHint}</Text>
      <View className="row-gap" />
      {schedule.map((visit) => (
        <VisitItem
          key={visit.id}
          userId={userId}
          visit={visit}
          lmp={lmp}
          today={today}
          pending={pending}
          serverErrors={errorsOf(visit.id)}
          onMark={(record) => onMark(visit.id, record)}
          onUnmark={() => onUnmark(visit.id)}
        />
      ))}
    </View>
  )
}
