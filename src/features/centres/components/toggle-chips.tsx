import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import '@/components/chip-row.scss'

export interface ToggleChip {
  key: string
  label: string
  on: boolean
  /** Results the search would give with this chip on. */
  count: number
  toggle: () => void
}

/** Yes/no filters (普惠, 有空余托位, 已备案), each with its count; `lead` comes first in the row. */
export function ToggleChips({ label, chips, lead }: { label: string; chips: ToggleChip[]; lead?: ReactNode }) {
  return (
    <View className="chip-row centres__toggles" role="group" ariaLabel={label}>
      {lead}
      {chips.map((chip) => (
        <View
          key={chip.key}
          role="checkbox"
          ariaLabel={chip.on ? `${chip.label} ${chip.count}（已选）` : `${chip.label} ${chip.count}`}
          aria-checked={chip.on ? 'true' : 'false'}
          className={`chip-row__chip${chip.on ? ' chip-row__chip--on' : ''}`}
          onClick={chip.toggle}
        >
          <Text>{`${chip.label} ${chip.count}`}</Text>
        </View>
      ))}
    </View>
  )
}
