import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './entry-row.scss'

interface Props {
  label: string
  value?: string
  onClick?: () => void
  /** Replaces the arrow, e.g. a Switch. */
  trailing?: ReactNode
}

/** One tappable row of a settings-style list. */
export function EntryRow({ label, value, onClick, trailing }: Props) {
  return (
    <View className="entry-row" onClick={onClick} role={onClick ? 'button' : undefined} hoverClass="entry-row--pressed">
      <Text className="entry-row__label">{label}</Text>
      {value && <Text className="entry-row__value">{value}</Text>}
      {trailing ?? (onClick && <Text className="entry-row__arrow">›</Text>)}
    </View>
  )
}
