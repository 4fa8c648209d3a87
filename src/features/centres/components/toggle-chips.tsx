import { Text, View } from '@tarojs/components'
import '../../../components/chip-row.scss'

export interface ToggleChip {
  key: string
  label: string
  on: boolean
  /** Results the search would give with this chip on. */
  count: number
  toggle: () => void
}

/** Yes/no filters (普惠, 有空余托位, 已备案), each with its count, plus a trailing action chip. */
export function ToggleChips({ chips, extra }: { chips: ToggleChip[]; extra: { label: string; onClick: () => void } }) {
  return (
    <View className="chip-row" role="group" ariaLabel="条件">
      {chips.map((chip) => (
        <View
          key={chip.key}
          role="checkbox"
          ariaLabel={chip.on ? `${chip.label} ${chip.count}（已选）` : `${chip.label} ${chip.count}`}
          className={`chip-row__chip${chip.on ? ' chip-row__chip--on' : ''}`}
          onClick={chip.toggle}
        >
          <Text>{`${chip.label} ${chip.count}`}</Text>
        </View>
      ))}
      <View role="button" className="chip-row__chip" onClick={extra.onClick}>
        <Text>{extra.label}</Text>
      </View>
    </View>
  )
}
