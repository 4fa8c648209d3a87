import { Text, View } from '@tarojs/components'

/** A tick box with its words beside it; the whole row is the tap target. */
export function HelpCheck({ label, text = label, checked, onToggle }: { label: string; text?: string; checked: boolean; onToggle: () => void }) {
  return (
    <View className="help__check" role="checkbox" ariaLabel={label} aria-checked={checked ? 'true' : 'false'} onClick={() => onToggle()}>
      <View className={`help__box${checked ? ' help__box--on' : ''}`}>{checked ? '✓' : ''}</View>
      <Text>{text}</Text>
    </View>
  )
}
