import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { ChipRow } from '@/components/chip-row'
import { CENTRE_SORTS, isCentreSort, SEARCH_LIMITS, type CentreSort } from '@/domain/centres'
import { CENTRES_TEXTS as T } from '../texts'

// Each field draws again only when what it shows changes: Taro's H5 component wrappers set every
// prop again on each render, so redrawing them on every answer cost a filter tap time on a slow
// phone for nothing.

/** 关键词, searched on 搜索 or the keyboard's confirm. */
export const KeywordField = memo(function KeywordField({ typed, onType, onSearch }: { typed: string; onType: (text: string) => void; onSearch: () => void }) {
  return (
    <View className="centres__field">
      <Text className="centres__label">{T.keywordLabel}</Text>
      <Input className="field__input" value={typed} maxlength={SEARCH_LIMITS.keyword} placeholder={T.keyword} ariaLabel={T.keywordLabel} confirmType="search" onInput={(e) => onType(e.detail.value)} onConfirm={onSearch} />
      <Button className="btn btn--primary" onClick={onSearch}>
        {T.search}
      </Button>
    </View>
  )
})

interface AgeProps {
  typed: string
  /** The child whose age this is, while it came from the profile. */
  fromProfile: string | null
  onType: (text: string) => void
  /** Searches with the age typed so far. */
  onCommit: () => void
}

/** 孩子月龄, searched when the typing pauses, on confirm or on leaving the field. */
export const AgeField = memo(function AgeField({ typed, fromProfile, onType, onCommit }: AgeProps) {
  return (
    <View className="centres__field centres__field--wrap">
      <Text className="centres__label">{T.age}</Text>
      <Input className="field__input centres__age" type="number" value={typed} placeholder={T.agePlaceholder} ariaLabel={T.age} onInput={(e) => onType(e.detail.value)} onConfirm={onCommit} onBlur={onCommit} />
      <Text className="centres__label">{T.ageUnit}</Text>
      {fromProfile && <Text className="text-secondary">{T.ageFromProfile(fromProfile)}</Text>}
    </View>
  )
})

/** 排序: 综合, 距离近 (asks for the position), 费用低, 空位多. */
export const SortRow = memo(function SortRow({ sort, onChoose }: { sort: CentreSort | undefined; onChoose: (sort: CentreSort) => void }) {
  return (
    <View className="centres__field">
      <Text className="centres__label">{T.sort}</Text>
      <ChipRow
        label={T.sort}
        value={sort ?? 'default'}
        onChange={(chosen) => {
          if (isCentreSort(chosen)) onChoose(chosen)
        }}
        chips={CENTRE_SORTS.map((value) => ({ value, label: T.sorts[value] }))}
      />
    </View>
  )
})
