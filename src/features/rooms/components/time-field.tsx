import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Picker } from '@/components/taro/picker'
import '@/components/date-field.scss'

interface Props {
  value: string
  label: string
  onChange: (value: string) => void
}

/**
 * A time of day typed as 10:30 or picked from the wheel. Typing keeps whatever was written, so
 * the form can say what is wrong with it; the picker alone was slow to set on a phone.
 */
export function TimeField({ value, label, onChange }: Props) {
  return (
    <View className="date-field">
      <Input className="field__input date-field__input" value={value} placeholder="例如 10:30" ariaLabel={label} onInput={(event) => onChange(event.detail.value)} />
      <Picker mode="time" value={value} onChange={(event) => onChange(String(event.detail.value))}>
        <Text className="date-field__pick">选择时间</Text>
      </Picker>
    </View>
  )
}
