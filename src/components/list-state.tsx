import { Text, View } from '@tarojs/components'
import { Button } from './button'
import type { PropsWithChildren } from 'react'
import './list-state.scss'

import type { LoadStatus } from '@/hooks/use-loader'

export type { LoadStatus }

interface Props {
  status: LoadStatus
  /** True when loaded with nothing to show. */
  empty?: boolean
  errorMessage?: string
  onRetry?: () => void
  emptyTitle?: string
  emptyHint?: string
  loadingText?: string
}

/** The loading, empty and error states every list and loaded page needs, with a retry. */
export function ListState({
  status,
  empty,
  errorMessage,
  onRetry,
  emptyTitle = '暂无内容',
  emptyHint,
  loadingText = '正在加载…',
  children,
}: PropsWithChildren<Props>) {
  if (status === 'loading' || status === 'idle') {
    return (
      <View className="list-state" role="status">
        <Text className="list-state__title">{loadingText}</Text>
      </View>
    )
  }
  if (status === 'error') {
    return (
      <View className="list-state" role="alert">
        <Text className="list-state__title">{errorMessage || '加载失败，请稍后重试'}</Text>
        {onRetry && (
          <Button className="btn btn--secondary" onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (empty) {
    return (
      <View className="list-state">
        <Text className="list-state__title">{emptyTitle}</Text>
        {emptyHint && <Text className="list-state__hint">{emptyHint}</Text>}
      </View>
    )
  }
  return <>{children}</>
}
