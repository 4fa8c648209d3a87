import { VirtualList } from '@tarojs/components-advanced'
import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { PlainView } from '@/components/taro/plain'
import { Button } from '@/components/button'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ListState, type LoadStatus } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { CENTRE_SORTS, isCentreSort, SEARCH_LIMITS, type CentreSort, type FacetDimension } from '@/domain/centres'
import { firstChildUnderThree } from '@/domain/under-three'
import { canUseEntry } from '@/domain/roles'
import { openPage } from '@/navigation'
import { copyText, requestLocation, type Position } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { userMessage, type ProfileDto } from '@/services'
import type { CentreSearchPage, CentreSummary } from '@/contract/centres'
import { useFamilyStore } from '@/stores/family-store'
import { useElderMode } from '@/stores/preferences-store'
import { useSessionStore } from '@/stores/session-store'
import { CentreRow } from '../../components/centre-row'
import { ChipRow } from '@/components/chip-row'
import { AnswerLink } from '../../components/answer-link'
import { FilterPanel } from '../../components/filter-panel'
import { ToggleChips } from '../../components/toggle-chips'
import { foldedFilterCount, hasFilters, paramsFromQuery, queryFromParams, type FilterQuery } from '../../query-params'
import { centresApi } from '../../service'
import { CENTRES_TEXTS as T } from '../../texts'
import '../../centres.scss'
import { todayInChina } from '@/app/clock'

// Pages of 40 (the list draws only the rows on screen, so a bigger page costs the phone little),
// and the next one is asked for while half a page is still below the screen: about five screens
// of rows, so a thumb scrolling at a reading pace never reaches the end of what has arrived.
const PAGE_SIZE = 40
const PREFETCH_ROWS = PAGE_SIZE / 2
// Typing 1 then 8 searches once, for 18, when the typing pauses (or at once on another tap).
const AGE_TYPING_PAUSE_MS = 400
const LINK_UPDATE_PAUSE_MS = 500
// Row heights in design px (750 wide), as laid out in centres.scss; 长辈模式 has larger type.
// Measured in Chromium at 375 px: a card needs 124 CSS px (154 in 长辈模式) plus the row's gap.
const ROW_DESIGN_PX = 272
const ROW_DESIGN_PX_ELDER = 336
const IS_H5 = process.env.TARO_ENV === 'h5'

/** The first child under three in the profile, with their age in months today. */
const childUnderThree = (profile: ProfileDto | null) => firstChildUnderThree(profile?.family.children ?? [], todayInChina())

export default function CentresSearchPage() {
  const { params } = useRouter()
  const elder = useElderMode()
  const user = useSessionStore((state) => state.session?.user ?? null)
  const profile = useFamilyStore((state) => state.profile)
  const ageFromProfile = useRef<string | null>(null)
  // The age is prefilled while creating the state when the profile is already loaded: changing
  // an H5 Input's value in the first moments after it mounts races its lazy web component.
  const [query, setQuery] = useState<FilterQuery>(() => {
    const initial = queryFromParams(params)
    const child = initial.ageMonths === undefined ? childUnderThree(useFamilyStore.getState().profile) : null
    if (!child) return initial
    ageFromProfile.current = child.name
    return { ...initial, ageMonths: child.months }
  })
  const [typed, setTyped] = useState(query.keyword ?? '')
  // The age as typed; it joins the search when the typing pauses (see AGE_TYPING_PAUSE_MS).
  const [ageTyped, setAgeTyped] = useState(query.ageMonths === undefined ? '' : String(query.ageMonths))
  const pendingAge = useRef<{ timer: ReturnType<typeof setTimeout>; value: number | undefined } | null>(null)
  // The window's size is read once: it does not change while the page is open. getWindowInfo,
  // not getSystemInfoSync: on H5 the latter also parses the user agent (~40 ms at 4× CPU).
  const [windowSize] = useState(() => {
    const info = Taro.getWindowInfo()
    return { width: info.windowWidth, height: info.windowHeight }
  })
  const [origin, setOrigin] = useState<Position | null>(null)
  const [locationNote, setLocationNote] = useState('')
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [items, setItems] = useState<CentreSummary[]>([])
  const [result, setResult] = useState<Omit<CentreSearchPage, 'items'> | null>(null)
  // Which search the rows on screen answer. Until the answer to a new search arrives the list
  // shows 正在加载 at once, in the same frame as the tap, never the previous search's rows.
  const [answered, setAnswered] = useState<{ query: FilterQuery; origin: Position | null } | null>(null)
  const [status, setStatus] = useState<LoadStatus>('loading')
  const [error, setError] = useState('')
  const [loadingMore, setLoadingMore] = useState(false)
  const request = useRef(0)

  // The child's age comes from the profile unless the link already says which age.
  useEffect(() => {
    if (params.age || query.ageMonths !== undefined || ageFromProfile.current !== null || !profile) return
    const child = childUnderThree(profile)
    if (child) {
      ageFromProfile.current = child.name
      setAgeTyped(String(child.months))
      setQuery((current) => ({ ...current, ageMonths: child.months }))
    }
  }, [profile, params.age, query.ageMonths])

  useEffect(() => {
    if (user && !profile) void useFamilyStore.getState().load()
  }, [user, profile])

  async function load(page: number) {
    const id = ++request.current
    const asked = { query, origin }
    // A new search supersedes a "load more" still in flight for the old one.
    if (page === 1) {
      scrollOffset.current = 0
      setStatus('loading')
      setLoadingMore(false)
    } else setLoadingMore(true)
    try {
      const found = await centresApi().call('centres.search', { ...query, origin: origin ?? undefined, page, pageSize: PAGE_SIZE })
      if (id !== request.current) return
      const { items: pageItems, ...rest } = found
      setItems((current) => (page === 1 ? pageItems : [...current, ...pageItems]))
      setResult(rest)
      setAnswered(asked)
      setStatus('ready')
    } catch (caught) {
      if (id !== request.current) return
      setError(userMessage(caught))
      if (page === 1) setStatus('error')
    } finally {
      if (id === request.current) setLoadingMore(false)
    }
  }

  // Every change of the search starts again from page 1 and is written into the link: once the
  // taps pause, as replaceState takes ~30 ms of a slow phone's tap, and only while this page is
  // the one shown (a tap on a row may have opened another page meanwhile).
  useEffect(() => {
    void load(1)
    if (!IS_H5 || typeof window === 'undefined') return
    const timer = setTimeout(() => {
      if (!window.location.hash.startsWith(`#${ROUTES.centres}`)) return
      const search = paramsFromQuery(query)
      window.history.replaceState(window.history.state, '', `#${ROUTES.centres}${search ? `?${search}` : ''}`)
    }, LINK_UPDATE_PAUSE_MS)
    return () => clearTimeout(timer)
    // Only a change of the search restarts from page 1; load is a new closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, origin])

  useShareAppMessage(() => ({ title: T.title, path: `${ROUTES.centres}?${paramsFromQuery(query)}` }))

  /** Changes the search; an age still being typed joins this change rather than searching later. */
  const set = useCallback((patch: Partial<FilterQuery>) => {
    const typing = pendingAge.current
    if (!typing && Object.keys(patch).length === 0) return
    pendingAge.current = null
    if (typing) {
      clearTimeout(typing.timer)
      // The field then shows the age searched for (50 becomes 36, the oldest a centre takes).
      if (typing.value !== undefined) setAgeTyped(String(typing.value))
    }
    setQuery((current) => ({ ...current, ...(typing ? { ageMonths: typing.value } : {}), ...patch }))
  }, [])

  const typeAge = useCallback((text: string) => {
    ageFromProfile.current = ''
    setAgeTyped(text)
    const value = text.trim()
    const months = value === '' || Number.isNaN(Number(value)) ? undefined : Math.max(0, Math.min(SEARCH_LIMITS.ageMonths, Math.floor(Number(value))))
    if (pendingAge.current) clearTimeout(pendingAge.current.timer)
    pendingAge.current = { value: months, timer: setTimeout(() => set({}), AGE_TYPING_PAUSE_MS) }
  }, [set])
  useEffect(() => () => clearTimeout(pendingAge.current?.timer), [])

  const chooseSort = useCallback(async (sort: CentreSort) => {
    if (sort === 'distance' && !origin) {
      setLocationNote(T.locating)
      const position = await requestLocation()
      if (!position.ok) {
        setLocationNote(T.noLocation(position.message))
        return
      }
      setLocationNote('')
      setOrigin(position.value)
    }
    set({ sort })
  }, [origin, set])

  function clearAll() {
    ageFromProfile.current = ''
    if (pendingAge.current) clearTimeout(pendingAge.current.timer)
    pendingAge.current = null
    setTyped('')
    setAgeTyped('')
    setQuery({ sort: query.sort })
  }

  const facets = result?.facets
  const count = (dimension: FacetDimension, value: string) => facets?.[dimension][value] ?? 0
  const itemSize = ((elder ? ROW_DESIGN_PX_ELDER : ROW_DESIGN_PX) * windowSize.width) / 750
  const listHeight = Math.round(windowSize.height * 0.8)
  const districts = useMemo(() => Object.keys(facets?.district ?? {}).filter((key) => key !== 'all').sort((a, b) => a.localeCompare(b, 'zh-CN')), [facets?.district])

  // VirtualList keeps the first scroll handler it was given, so it calls a stable function that
  // reads the latest state. The next page is fetched while PREFETCH_ROWS rows are still below the
  // screen, and checked again when a page lands (a fast thumb may already be past the new rows'
  // threshold); a 加载更多 button under the list covers a fling that ends before it is reported.
  const scrollOffset = useRef(0)
  const latest = useRef({ result, loadingMore, count: items.length, itemSize, listHeight, load })
  latest.current = { result, loadingMore, count: items.length, itemSize, listHeight, load }
  const loadMore = useCallback(() => {
    const now = latest.current
    if (now.result?.hasMore && !now.loadingMore) void now.load(now.result.page + 1)
  }, [])
  const prefetchIfNearEnd = useCallback(() => {
    const now = latest.current
    const rowsBelowScreen = (now.count * now.itemSize - (scrollOffset.current + now.listHeight)) / now.itemSize
    if (rowsBelowScreen < PREFETCH_ROWS) loadMore()
  }, [loadMore])
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
  const list = useRef<VirtualList>(null)
  useEffect(() => {
    list.current?.forceUpdate()
    if (items.length > 0) prefetchIfNearEnd()
  }, [items.length, prefetchIfNearEnd])
  const upToDate = answered?.query === query && answered.origin === origin
  const shownStatus: LoadStatus = status === 'ready' && !upToDate ? 'loading' : status

  function copyLink() {
    // Built from the search itself: the address bar catches up only once the taps pause.
    const search = paramsFromQuery(query)
    const link = `${window.location.origin}${window.location.pathname}#${ROUTES.centres}${search ? `?${search}` : ''}`
    void copyText(link).then((copied) => {
      if (copied.ok) void Taro.showToast({ title: T.linkCopied, icon: 'none' })
    })
  }

  const folded = foldedFilterCount(query)
  const parent = canUseEntry(user?.role, 'centresMine')
  const userId = user?.id ?? null

  // The parts above the results are kept while only the results change: Taro's H5 component
  // wrappers set every prop again on each render, so re-rendering them on every answer cost
  // a filter tap time on a slow phone for nothing.
  const intro = useMemo(
    () => (
      <>
        <Text className="page-title">{T.title}</Text>
        <Text className="text-secondary block centres__intro">{T.intro}</Text>
        {userId && parent && <AnswerLink userId={userId} />}
      </>
    ),
    [userId, parent],
  )
  const keywordField = useMemo(
    () => (
      <View className="centres__field">
        <Text className="centres__label">{T.keywordLabel}</Text>
        <Input className="field__input" value={typed} maxlength={SEARCH_LIMITS.keyword} placeholder={T.keyword} ariaLabel={T.keywordLabel} confirmType="search" onInput={(e) => setTyped(e.detail.value)} onConfirm={() => set({ keyword: typed.trim() || undefined })} />
        <Button className="btn btn--primary" onClick={() => set({ keyword: typed.trim() || undefined })}>
          {T.search}
        </Button>
      </View>
    ),
    [typed, set],
  )
  const ageFromProfileName = ageFromProfile.current && query.ageMonths !== undefined ? ageFromProfile.current : null
  const ageField = useMemo(
    () => (
      <View className="centres__field centres__field--wrap">
        <Text className="centres__label">{T.age}</Text>
        <Input
          className="field__input centres__age"
          type="number"
          value={ageTyped}
          placeholder={T.agePlaceholder}
          ariaLabel={T.age}
          onInput={(e) => typeAge(e.detail.value)}
          onConfirm={() => set({})}
          onBlur={() => {
            if (pendingAge.current) set({})
          }}
        />
        <Text className="centres__label">{T.ageUnit}</Text>
        {ageFromProfileName && <Text className="text-secondary">{T.ageFromProfile(ageFromProfileName)}</Text>}
      </View>
    ),
    [ageTyped, ageFromProfileName, typeAge, set],
  )
  const sortRow = useMemo(
    () => (
      <View className="centres__field">
        <Text className="centres__label">{T.sort}</Text>
        <ChipRow
          label={T.sort}
          value={query.sort ?? 'default'}
          onChange={(sort) => {
            if (isCentreSort(sort)) void chooseSort(sort)
          }}
          chips={CENTRE_SORTS.map((sort) => ({ value: sort, label: T.sorts[sort] }))}
        />
      </View>
    ),
    [query.sort, chooseSort],
  )

  return (
    <PageShell>
      {intro}
      {keywordField}
      {ageField}
      <ToggleChips
        label={T.conditions}
        lead={
          <Button className={`btn btn--secondary centres__filter-button${folded > 0 || filtersOpen ? ' centres__filter-button--on' : ''}`} ariaLabel={T.filterButtonLabel(folded)} onClick={() => setFiltersOpen(!filtersOpen)}>
            {T.filterButton(folded)}
          </Button>
        }
        chips={[
          { key: 'inclusive', label: T.inclusive, on: Boolean(query.inclusive), count: count('inclusive', 'true'), toggle: () => set({ inclusive: query.inclusive ? undefined : true }) },
          { key: 'hasPlaces', label: T.hasPlaces, on: Boolean(query.hasPlaces), count: count('hasPlaces', 'true'), toggle: () => set({ hasPlaces: query.hasPlaces ? undefined : true }) },
        ]}
      />
      {filtersOpen && (
        <FilterPanel
          query={query}
          districts={districts}
          count={count}
          total={(dimension) => facets?.[dimension].all}
          set={set}
          onClose={() => setFiltersOpen(false)}
          onCopyLink={IS_H5 ? copyLink : undefined}
        />
      )}
      {sortRow}
      {locationNote && <Text className="text-secondary block">{locationNote}</Text>}
      {result?.distanceUnavailable && <Text className="text-secondary block">{T.distanceUnavailable}</Text>}
      <View className="centres__summary">
        {/* Only the count of the search on screen: a new search's count replaces it when it answers. */}
        <Text className="text-secondary centres__total">{shownStatus === 'ready' ? T.total(result?.total ?? 0) : ''}</Text>
        {hasFilters(query) && (
          <Button className="btn btn--secondary centres__small" onClick={clearAll}>
            {T.clearAll}
          </Button>
        )}
        {parent && (
          <Button className="btn btn--secondary centres__small" onClick={() => openPage(ROUTES.centresMine)}>
            {T.mine}
          </Button>
        )}
      </View>
      <ListState status={shownStatus} errorMessage={`${T.loadFailed}：${error}`} onRetry={() => void load(1)} empty={items.length === 0} emptyTitle={T.empty} emptyHint={T.emptyHint}>
        <VirtualList
          ref={list}
          className="centres__list"
          height={listHeight}
          width="100%"
          itemData={items}
          itemCount={items.length}
          itemSize={itemSize}
          overscanCount={3}
          item={CentreRow}
          // Each row's wrapper and the column holding them are plain elements too (see taro/plain.tsx).
          itemElementType={PlainView}
          innerElementType={PlainView}
          onScroll={onScroll}
          renderBottom={
            result?.hasMore && !loadingMore ? (
              <Button className="btn btn--secondary btn--block" onClick={loadMore}>
                {T.loadMore}
              </Button>
            ) : (
              <Text className="text-secondary block">{loadingMore ? T.loadingMore : T.noMore}</Text>
            )
          }
        />
      </ListState>
    </PageShell>
  )
}
