import { Text, View } from '@tarojs/components'

export function BulletList({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item) => (
        <Text key={item} className="checkup__list-item">
          {item}
        </Text>
      ))}
    </View>
  )
}
