import { Text, View } from '@tarojs/components'

export interface Chip {
  value: string
  label: string
}

/** A scrollable row of chips: one on (single) or any number on (multiple). */
export function Chips({
  label,
  chips,
  selected,
  onToggle,
  multiple = false,
}: {
  label: string
  chips: Chip[]
  selected: string[]
  onToggle: (value: string) => void
  multiple?: boolean
}) {
  return (
    <View className="guidance__chips" role={multiple ? 'group' : 'radiogroup'} ariaLabel={label}>
      {chips.map((chip) => {
        const on = selected.includes(chip.value)
        return (
          <View
            key={chip.value}
            role={multiple ? 'checkbox' : 'radio'}
            ariaLabel={on ? `${chip.label}（已选）` : chip.label}
            className={`guidance__chip${on ? ' guidance__chip--on' : ''}`}
            onClick={() => onToggle(chip.value)}
          >
            <Text>{chip.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
