import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useCallback, useEffect } from 'react'
import { copyText } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { paramsFromQuery, type FilterQuery } from './query-params'
import { CENTRES_TEXTS as T } from '../texts'

const LINK_UPDATE_PAUSE_MS = 500
const IS_H5 = process.env.TARO_ENV === 'h5'

const centresLink = (query: FilterQuery) => {
  const search = paramsFromQuery(query)
  return `#${ROUTES.centres}${search ? `?${search}` : ''}`
}

/**
 * The search carried by the page's link, so a shared link (the H5 address or the weapp share
 * path) opens the same search. Answers 复制筛选链接's action on H5, where the address is the link.
 */
export function useSearchLink(query: FilterQuery): (() => void) | undefined {
  // Written into the address once the taps pause, as replaceState takes ~30 ms of a slow phone's
  // tap, and only while this page is the one shown (a tap on a row may have opened another page).
  useEffect(() => {
    if (!IS_H5 || typeof window === 'undefined') return
    const timer = setTimeout(() => {
      if (!window.location.hash.startsWith(`#${ROUTES.centres}`)) return
      window.history.replaceState(window.history.state, '', centresLink(query))
    }, LINK_UPDATE_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [query])

  useShareAppMessage(() => ({ title: T.title, path: `${ROUTES.centres}?${paramsFromQuery(query)}` }))

  const copyLink = useCallback(() => {
    // Built from the search itself: the address bar catches up only once the taps pause.
    const link = `${window.location.origin}${window.location.pathname}${centresLink(query)}`
    void copyText(link).then((copied) => {
      if (copied.ok) void Taro.showToast({ title: T.linkCopied, icon: 'none' })
    })
  }, [query])

  return IS_H5 ? copyLink : undefined
}
