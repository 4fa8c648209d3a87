import { Text, View } from '@tarojs/components'
import { Input } from './taro/input'
import { Picker } from './taro/picker'
import './date-field.scss'

interface Props {
  value: string
  onChange: (value: string) => void
  /** Latest date the picker offers (YYYY-MM-DD). */
  end?: string
  start?: string
  label: string
  placeholder?: string
}

/**
 * A date typed as 年-月-日 or picked from the calendar. Typing keeps whatever the user wrote,
 * even half a date, so the form can say exactly what is wrong with it.
 */
export function DateField({ value, onChange, end, start, label, placeholder = '例如 2025-09-18' }: Props) {
  return (
    <View className="date-field">
      <Input
        className="field__input date-field__input"
        value={value}
        placeholder={placeholder}
        maxlength={10}
        ariaLabel={label}
        onInput={(event) => onChange(event.detail.value)}
      />
      <Picker mode="date" value={value || end || ''} start={start} end={end} onChange={(event) => onChange(String(event.detail.value))}>
        <Text className="date-field__pick">选择日期</Text>
      </Picker>
    </View>
  )
}
