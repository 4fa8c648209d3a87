import { Text, View } from '@tarojs/components'
import { NoBreakText } from '@/components/no-break-text'
import type { LeavePeriodDto } from '@/contract/support'
import { LEAVE_TEXTS as T, SUPPORT_TEXTS } from '../texts'

/** One parent's leaves in date order, each with its dates, length and where it comes from. */
export function LeaveTimeline({ who, periods }: { who: string; periods: LeavePeriodDto[] }) {
  return (
    <View className="card" ariaLabel={who}>
      <Text className="heading">{who}</Text>
      {periods.map((period) => (
        <View key={`${period.kind}-${period.start}`} className={`support__period support__period--${period.status}`}>
          <Text className="support__title">
            {period.kind}
            <Text className={`support__tag${period.status === 'past' ? ' support__tag--muted' : ''}`}>{T.status[period.status]}</Text>
          </Text>
          <NoBreakText className="block" text={SUPPORT_TEXTS.period(period.start, period.end)} />
          <Text className="text-secondary block">
            {period.hoursPerDay !== undefined ? T.hours(period.hoursPerDay) : T.days(period.days)}
            {period.note ? ` · ${period.note}` : ''}
          </Text>
          <Text className="support__basis">{period.basis}</Text>
        </View>
      ))}
    </View>
  )
}
