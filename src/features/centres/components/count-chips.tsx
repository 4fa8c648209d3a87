import { Text, View } from '@tarojs/components'

export interface CountChip {
  value: string
  label: string
  /** Results this chip would give; undefined for chips without a count. */
  count?: number
}

/** One choice among chips, each saying how many results it would give. */
export function CountChips({ label, chips, value, onChange }: { label: string; chips: CountChip[]; value: string; onChange: (value: string) => void }) {
  return (
    <View className="centres__chips" role="radiogroup" ariaLabel={label}>
      {chips.map((chip) => {
        const on = chip.value === value
        const text = chip.count === undefined ? chip.label : `${chip.label} ${chip.count}`
        return (
          <View
            key={chip.value}
            role="radio"
            ariaLabel={on ? `${text}（已选）` : text}
            className={`centres__chip${on ? ' centres__chip--on' : ''}${chip.count === 0 && !on ? ' centres__chip--empty' : ''}`}
            onClick={() => onChange(chip.value)}
          >
            <Text>{text}</Text>
          </View>
        )
      })}
    </View>
  )
}
