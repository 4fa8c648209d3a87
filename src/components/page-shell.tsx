import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useElderMode } from '../stores/preferences-store'

/** Every page's root: applies 长辈模式's larger type scale and tap targets to the whole page. */
export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  const elder = useElderMode()
  return (
    <View className={`page${elder ? ' page--elder' : ''}${className ? ` ${className}` : ''}`} data-elder={elder ? 'on' : 'off'}>
      {children}
    </View>
  )
}
