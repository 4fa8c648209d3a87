import { View } from '@tarojs/components'
import { useEffect, type PropsWithChildren } from 'react'
import { useElderMode } from '@/stores/preferences-store'
import { DataSetAsideNotice } from './data-set-aside-notice'
import { SaveFailedNotice } from './save-failed-notice'

/** Every page's root: applies 长辈模式's larger type scale and tap targets to the whole page. */
export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  const elder = useElderMode()
  // On H5 the title bar sits outside every page; it follows 长辈模式 through the root element.
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.dataset.elder = elder ? 'on' : 'off'
  }, [elder])
  return (
    <View className={`page${elder ? ' page--elder' : ''}${className ? ` ${className}` : ''}`} data-elder={elder ? 'on' : 'off'}>
      <DataSetAsideNotice />
      <SaveFailedNotice />
      {children}
    </View>
  )
}
