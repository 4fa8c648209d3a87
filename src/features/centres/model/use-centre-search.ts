import { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useMemo } from 'react'
import { canUseEntry } from '@/domain/roles'
import type { FacetDimension } from '@/domain/centres'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { useDistanceSort } from './use-distance-sort'
import { useSearchFilters } from './use-search-filters'
import { useSearchLink } from './use-search-link'
import { useSearchResults } from './use-search-results'

/**
 * 托育机构's search: the filters (from the link, the profile and taps), the sort by distance, the
 * results a page at a time with each filter's count, and the link that reproduces the search.
 */
export function useCentreSearch() {
  const { params } = useRouter()
  const user = useSessionStore((state) => state.session?.user ?? null)
  const profile = useFamilyStore((state) => state.profile)
  const filters = useSearchFilters(params)

  // The profile gives the child's age (useSearchFilters); a parent who just signed in has none yet.
  useEffect(() => {
    if (user && !profile) void useFamilyStore.getState().load()
  }, [user, profile])

  const distance = useDistanceSort(filters.set)
  const results = useSearchResults(filters.query, distance.origin)
  const copyLink = useSearchLink(filters.query)

  const facets = results.result?.facets
  /** Results the search would give with this value of the dimension chosen. */
  const count = useCallback((dimension: FacetDimension, value: string) => facets?.[dimension][value] ?? 0, [facets])
  const total = useCallback((dimension: FacetDimension) => facets?.[dimension].all, [facets])
  const districts = useMemo(() => Object.keys(facets?.district ?? {}).filter((key) => key !== 'all').sort((a, b) => a.localeCompare(b, 'zh-CN')), [facets?.district])

  return {
    ...filters,
    chooseSort: distance.chooseSort,
    locationNote: distance.locationNote,
    results,
    facets: { count, total, districts },
    copyLink,
    userId: user?.id ?? null,
    /** Favourites and visits are for parents (我的收藏与参观). */
    parent: canUseEntry(user?.role, 'centresMine'),
  }
}
