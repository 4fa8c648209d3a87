import { Text, View } from '@tarojs/components'
import './choice-group.scss'

interface Option<V extends string> {
  value: V
  label: string
}

/** A few mutually exclusive options as large buttons (easier than a radio for older users). */
export function ChoiceGroup<V extends string>({
  options,
  value,
  onChange,
  label,
}: {
  options: Option<V>[]
  value: V | ''
  onChange: (value: V) => void
  label: string
}) {
  return (
    <View className="choice-group" role="radiogroup" ariaLabel={label}>
      {options.map((option) => (
        <View
          key={option.value}
          role="radio"
          ariaLabel={option.value === value ? `${option.label}（已选）` : option.label}
          aria-checked={option.value === value ? 'true' : 'false'}
          className={`choice-group__option${option.value === value ? ' choice-group__option--on' : ''}`}
          onClick={() => onChange(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  )
}
