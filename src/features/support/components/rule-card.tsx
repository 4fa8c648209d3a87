import { Text, View } from '@tarojs/components'
import type { RuleDto } from '@/contract/support'
import { SUPPORT_TEXTS as T } from '../texts'
import { BasisLine } from './basis-line'

/** One rule of the public explainer: the figure, who it is for, how to claim it, its basis. */
export function RuleCard({ rule }: { rule: RuleDto }) {
  return (
    <View className="card" ariaLabel={rule.title}>
      <Text className="support__title">{rule.title}</Text>
      <Text className="support__figure">{rule.figure}</Text>
      <Text className="block">{rule.summary}</Text>
      <View className="row-gap" />
      <Text className="heading">{T.howToClaim}</Text>
      {rule.howToClaim.map((step) => (
        <Text key={step} className="support__step">
          {step}
        </Text>
      ))}
      <BasisLine basis={rule.basis} checkedOn={rule.checkedOn} note={rule.note} />
    </View>
  )
}
