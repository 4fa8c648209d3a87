import { useDidShow } from '@tarojs/taro'
import { useLoader } from './use-loader'

export const LOAD_FAILED = '加载失败'

interface QueryOptions {
  /**
   * Load again when the page is shown after another page was on top (back from booking, editing,
   * answering): what that page changed shows at once. Default true.
   */
  refreshOnShow?: boolean
  /** The first words of the error line, e.g. '课程加载失败'. */
  failedText?: string
}

/**
 * A page's read: loading / ready / error with retry (useLoader: only the latest load answers),
 * fresh again when the page comes back into view, and the props ListState takes, so every list
 * shows the same loading, error and retry.
 */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[] = [], { refreshOnShow = true, failedText = LOAD_FAILED }: QueryOptions = {}) {
  const query = useLoader(load, deps)

  // The first show comes while the first load runs (not 'ready'), so only comebacks reload.
  useDidShow(() => {
    if (refreshOnShow && query.status === 'ready') void query.reload()
  })

  const errorMessage = `${failedText}：${query.error}`
  return { ...query, errorMessage, listState: { status: query.status, errorMessage, onRetry: () => void query.reload() } }
}
