import { Button } from '@/components/button'
import type { FacetDimension } from '@/domain/centres'
import { foldedFilterCount, type FilterQuery } from '../model/query-params'
import { CENTRES_TEXTS as T } from '../texts'
import { ToggleChips } from './toggle-chips'

interface Props {
  query: FilterQuery
  set: (patch: Partial<FilterQuery>) => void
  count: (dimension: FacetDimension, value: string) => number
  filtersOpen: boolean
  onToggleFilters: () => void
}

/** 条件: the 筛选 button (with how many folded filters are on), then 普惠 and 有空余托位. */
export function ConditionChips({ query, set, count, filtersOpen, onToggleFilters }: Props) {
  const folded = foldedFilterCount(query)
  return (
    <ToggleChips
      label={T.conditions}
      lead={
        <Button className={`btn btn--secondary centres__filter-button${folded > 0 || filtersOpen ? ' centres__filter-button--on' : ''}`} ariaLabel={T.filterButtonLabel(folded)} onClick={onToggleFilters}>
          {T.filterButton(folded)}
        </Button>
      }
      chips={[
        { key: 'inclusive', label: T.inclusive, on: Boolean(query.inclusive), count: count('inclusive', 'true'), toggle: () => set({ inclusive: query.inclusive ? undefined : true }) },
        { key: 'hasPlaces', label: T.hasPlaces, on: Boolean(query.hasPlaces), count: count('hasPlaces', 'true'), toggle: () => set({ hasPlaces: query.hasPlaces ? undefined : true }) },
      ]}
    />
  )
}
