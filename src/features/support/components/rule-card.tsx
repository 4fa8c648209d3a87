import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/button'
import type { RuleDto } from '@/contract/support'
import { SUPPORT_TEXTS as T } from '../texts'
import { BasisLine } from './basis-line'

/**
 * One rule of the public explainer: the figure and its basis at a glance; who it is for and how
 * to claim it on 展开 (nine rules in full would be a long page to draw on a phone).
 */
export function RuleCard({ rule }: { rule: RuleDto }) {
  const [open, setOpen] = useState(false)
  return (
    <View className="card" ariaLabel={rule.title}>
      <Text className="support__title">{rule.title}</Text>
      <Text className="support__figure">{rule.figure}</Text>
      {open && (
        <View>
          <Text className="block">{rule.summary}</Text>
          <View className="row-gap" />
          <Text className="heading">{T.howToClaim}</Text>
          {rule.howToClaim.map((step) => (
            <Text key={step} className="support__step">
              {step}
            </Text>
          ))}
        </View>
      )}
      <BasisLine basis={rule.basis} checkedOn={rule.checkedOn} note={open ? rule.note : undefined} />
      <Button className="btn btn--secondary" onClick={() => setOpen(!open)}>
        {open ? T.collapse : T.expand}
      </Button>
    </View>
  )
}
