import { Text } from '@tarojs/components'
import { useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { ConditionChips } from '../../components/condition-chips'
import { FilterPanel } from '../../components/filter-panel'
import { ResultList } from '../../components/result-list'
import { ResultSummary } from '../../components/result-summary'
import { AgeField, KeywordField, SortRow } from '../../components/search-fields'
import { SearchIntro } from '../../components/search-intro'
import { useCentreSearch } from '../../model/use-centre-search'
import { hasFilters } from '../../model/query-params'
import { CENTRES_TEXTS as T } from '../../texts'
import '../../centres.scss'

export default function CentresSearchPage() {
  const search = useCentreSearch()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const { query, set, keyword, age, results, facets } = search

  return (
    <PageShell>
      <SearchIntro userId={search.userId} parent={search.parent} />
      <KeywordField typed={keyword.typed} onType={keyword.type} onSearch={keyword.search} />
      <AgeField typed={age.typed} fromProfile={age.fromProfile} onType={age.type} onCommit={age.commit} />
      <ConditionChips query={query} set={set} count={facets.count} filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen(!filtersOpen)} />
      {filtersOpen && (
        <FilterPanel query={query} districts={facets.districts} count={facets.count} total={facets.total} set={set} onClose={() => setFiltersOpen(false)} onCopyLink={search.copyLink} />
      )}
      <SortRow sort={query.sort} onChoose={search.chooseSort} />
      {search.locationNote && <Text className="text-secondary block">{search.locationNote}</Text>}
      {results.result?.distanceUnavailable && <Text className="text-secondary block">{T.distanceUnavailable}</Text>}
      {/* Only the count of the search on screen: a new search's count replaces it when it answers. */}
      <ResultSummary total={results.status === 'ready' ? results.result?.total ?? 0 : null} canClear={hasFilters(query)} onClear={search.clearAll} parent={search.parent} />
      <ResultList results={results} />
    </PageShell>
  )
}
