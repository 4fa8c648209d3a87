import { Text, View } from '@tarojs/components'

interface Chip<V extends string> {
  value: V
  label: string
}

/** A row of filter chips; exactly one is on. */
export function Chips<V extends string>({ label, chips, value, onChange }: { label: string; chips: Chip<V>[]; value: V; onChange: (value: V) => void }) {
  return (
    <View className="checkup__chips" role="radiogroup" ariaLabel={label}>
      {chips.map((chip) => (
        <View
          key={chip.value}
          role="radio"
          ariaLabel={chip.value === value ? `${chip.label}（已选）` : chip.label}
          className={`checkup__chip${chip.value === value ? ' checkup__chip--on' : ''}`}
          onClick={() => onChange(chip.value)}
        >
          <Text>{chip.label}</Text>
        </View>
      ))}
    </View>
  )
}
