import type { VirtualList } from '@tarojs/components-advanced'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LoadStatus } from '@/hooks/use-loader'
import { PREFETCH_ROWS } from './use-search-results'

// Row heights in design px (750 wide), as laid out in centres.scss; 长辈模式 has larger type.
// Measured in Chromium at 375 px: a card needs 124 CSS px (154 in 长辈模式) plus the row's gap.
const ROW_DESIGN_PX = 272
const ROW_DESIGN_PX_ELDER = 336

interface Shown {
  status: LoadStatus
  count: number
  loadMore: () => void
}

/**
 * The results' virtual list: its size, and the next page fetched while PREFETCH_ROWS rows are
 * still below the screen, checked again when a page lands (a fast thumb may already be past the
 * new rows' threshold); a 加载更多 button under the list covers a fling that ends before it is
 * reported.
 */
export function usePrefetchingList({ status, count, loadMore }: Shown, elder: boolean) {
  // The window's size is read once: it does not change while the page is open. getWindowInfo,
  // not getSystemInfoSync: on H5 the latter also parses the user agent (~40 ms at 4× CPU).
  const [windowSize] = useState(() => {
    const info = Taro.getWindowInfo()
    return { width: info.windowWidth, height: info.windowHeight }
  })
  const itemSize = ((elder ? ROW_DESIGN_PX_ELDER : ROW_DESIGN_PX) * windowSize.width) / 750
  const height = Math.round(windowSize.height * 0.8)

  // A new search draws a new list from its top (the list is not drawn while it loads).
  const scrollOffset = useRef(0)
  useEffect(() => {
    if (status !== 'ready') scrollOffset.current = 0
  }, [status])

  // VirtualList keeps the first scroll handler it was given, so it calls a stable function that
  // reads the latest state.
  const latest = useRef({ count, itemSize, height, loadMore })
  latest.current = { count, itemSize, height, loadMore }
  const prefetchIfNearEnd = useCallback(() => {
    const now = latest.current
    const rowsBelowScreen = (now.count * now.itemSize - (scrollOffset.current + now.height)) / now.itemSize
    if (rowsBelowScreen < PREFETCH_ROWS) now.loadMore()
  }, [])
  const onScroll = useCallback(
    (event: { scrollOffset: number }) => {
      scrollOffset.current = event.scrollOffset
      prefetchIfNearEnd()
    },
    [prefetchIfNearEnd],
  )

  // Taro's VirtualList takes in a new itemCount only after rendering with it (in
  // componentDidUpdate), so rows that just arrived stay undrawn and the list keeps its old height
  // until the next scroll event: someone resting at the end would read 已显示全部 with the new
  // rows hidden below. One more render once the count has changed draws them.
  const ref = useRef<VirtualList>(null)
  useEffect(() => {
    ref.current?.forceUpdate()
    if (count > 0) prefetchIfNearEnd()
  }, [count, prefetchIfNearEnd])

  return { ref, height, itemSize, onScroll }
}
