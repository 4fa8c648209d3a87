import { Text, View } from '@tarojs/components'
import './chip-row.scss'

export interface Chip {
  value: string
  label: string
  /** Results this chip would give; shown after the label when given. */
  count?: number
}

interface Props {
  label: string
  chips: Chip[]
  /** The chosen chip (one of), or the chosen chips when `multiple`. */
  value?: string
  selected?: string[]
  onChange: (value: string) => void
  multiple?: boolean
  /** Wrap onto several lines instead of scrolling sideways (short lists). */
  wrap?: boolean
}

/** A row of filter chips: one chosen (radio) or several (checkbox), each optionally with a count. */
export function ChipRow({ label, chips, value, selected, onChange, multiple = false, wrap = false }: Props) {
  const chosen = selected ?? (value === undefined ? [] : [value])
  return (
    <View className={`chip-row${wrap ? ' chip-row--wrap' : ''}`} role={multiple ? 'group' : 'radiogroup'} ariaLabel={label}>
      {chips.map((chip) => {
        const on = chosen.includes(chip.value)
        const text = chip.count === undefined ? chip.label : `${chip.label} ${chip.count}`
        return (
          <View
            key={chip.value}
            role={multiple ? 'checkbox' : 'radio'}
            ariaLabel={on ? `${text}（已选）` : text}
            aria-checked={on ? 'true' : 'false'}
            className={`chip-row__chip${on ? ' chip-row__chip--on' : ''}${chip.count === 0 && !on ? ' chip-row__chip--empty' : ''}`}
            onClick={() => onChange(chip.value)}
          >
            <Text>{text}</Text>
          </View>
        )
      })}
    </View>
  )
}
