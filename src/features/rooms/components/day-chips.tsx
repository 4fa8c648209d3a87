import { Text, View } from '@tarojs/components'
import { weekdayName } from '@/domain/booking'
import { ROOM_TEXTS as T } from '../texts'

/** The days of a room's calendar that have sessions, one chosen at a time. */
export function DayChips({ days, selected, onChoose }: { days: string[]; selected: string | undefined; onChoose: (date: string) => void }) {
  return (
    <View className="rooms__chips" role="radiogroup" ariaLabel={T.days}>
      {days.map((date) => (
        <View
          key={date}
          role="radio"
          ariaLabel={date === selected ? T.chosenDay(date) : date}
          aria-checked={date === selected ? 'true' : 'false'}
          className={`rooms__day${date === selected ? ' rooms__day--on' : ''}`}
          onClick={() => onChoose(date)}
        >
          <Text>{weekdayName(date)}</Text>
          <Text>{date.slice(5)}</Text>
        </View>
      ))}
    </View>
  )
}
