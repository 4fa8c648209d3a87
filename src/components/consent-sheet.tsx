import { Text, View } from '@tarojs/components'
import { Button } from './button'
import './consent-sheet.scss'

interface Props {
  title: string
  /** What is collected, why, who sees it, how to withdraw: one sentence each. */
  points: string[]
  agreeLabel?: string
  refuseLabel?: string
  onAgree: () => void
  onRefuse: () => void
  onOpenPolicy: () => void
  pending?: boolean
}

/**
 * A separate consent for sensitive personal information (PIPL art. 29), shown only when the
 * user is about to save such data. Refusing leaves the app usable; nothing is saved.
 */
export function ConsentSheet({
  title,
  points,
  agreeLabel = '同意并保存',
  refuseLabel = '暂不同意',
  onAgree,
  onRefuse,
  onOpenPolicy,
  pending,
}: Props) {
  return (
    <View className="consent-sheet" role="dialog" ariaLabel={title}>
      <View className="consent-sheet__panel">
        <Text className="heading">{title}</Text>
        {points.map((point) => (
          <Text key={point} className="consent-sheet__point">
            · {point}
          </Text>
        ))}
        <Text className="consent-sheet__link" onClick={onOpenPolicy}>
          查看完整的隐私政策
        </Text>
        <View className="consent-sheet__actions">
          <Button className="btn btn--primary btn--block" onClick={onAgree} disabled={pending}>
            {agreeLabel}
          </Button>
          <Button className="btn btn--secondary btn--block" onClick={onRefuse} disabled={pending}>
            {refuseLabel}
          </Button>
        </View>
      </View>
    </View>
  )
}
