import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { ChipRow } from '@/components/chip-row'
import { CARE_MODES, HOST_TYPE_LABELS, isCareMode, isDistrict, isHostType, isOrgForm, ORG_FORM_LABELS, SEARCH_LIMITS, type FacetDimension } from '@/domain/centres'
import type { FilterQuery } from '../model/query-params'
import { CENTRES_TEXTS as T } from '../texts'
import { wholeWithin } from '../model/number-input'
import { ToggleChips } from './toggle-chips'

const ALL = ''
const feeValue = (fee: number | undefined) => (fee === undefined ? '' : String(fee))
/** A whole number of 元 within what the search takes (SEARCH_LIMITS.fee). */
const readFee = (value: string) => wholeWithin(value, SEARCH_LIMITS.fee)

interface Props {
  query: FilterQuery
  districts: string[]
  count: (dimension: FacetDimension, value: string) => number
  total: (dimension: FacetDimension) => number | undefined
  set: (patch: Partial<FilterQuery>) => void
  onClose: () => void
  /** H5 only: copies the address, which carries the search. */
  onCopyLink?: () => void
}

/** The filters folded behind 筛选, each under a visible label, every chip with its count. */
export function FilterPanel({ query, districts, count, total, set, onClose, onCopyLink }: Props) {
  return (
    <View className="card centres__panel" ariaLabel={T.filters}>
      <Text className="centres__panel-label">{T.district}</Text>
      <ChipRow
        label={T.district}
        value={query.district ?? ALL}
        onChange={(district) => set({ district: isDistrict(district) ? district : undefined })}
        chips={[{ value: ALL, label: T.all, count: total('district') }, ...districts.map((name) => ({ value: name, label: name, count: count('district', name) }))]}
      />
      <Text className="centres__panel-label">{T.mode}</Text>
      <ChipRow
        label={T.mode}
        value={query.mode ?? ALL}
        onChange={(mode) => set({ mode: isCareMode(mode) ? mode : undefined })}
        chips={[{ value: ALL, label: T.all, count: total('mode') }, ...CARE_MODES.map((mode) => ({ value: mode.id, label: mode.label, count: count('mode', mode.id) }))]}
      />
      <Text className="centres__panel-label">{T.filing}</Text>
      <ToggleChips
        label={T.filing}
        chips={[{ key: 'filing', label: T.filed, on: query.filing === 'filed', count: count('filing', 'filed'), toggle: () => set({ filing: query.filing ? undefined : 'filed' }) }]}
      />
      <Text className="centres__panel-label">{T.host}</Text>
      <ChipRow
        label={T.host}
        value={query.hostType ?? ALL}
        onChange={(host) => set({ hostType: isHostType(host) ? host : undefined })}
        chips={[{ value: ALL, label: T.all }, ...Object.entries(HOST_TYPE_LABELS).map(([id, label]) => ({ value: id, label, count: count('hostType', id) }))]}
      />
      <Text className="centres__panel-label">{T.form}</Text>
      <ChipRow
        label={T.form}
        value={query.orgForm ?? ALL}
        onChange={(form) => set({ orgForm: isOrgForm(form) ? form : undefined })}
        chips={[{ value: ALL, label: T.all }, ...Object.entries(ORG_FORM_LABELS).map(([id, label]) => ({ value: id, label, count: count('orgForm', id) }))]}
      />
      <Text className="centres__panel-label">{T.feeRange}</Text>
      <View className="centres__field">
        <Text className="centres__label">{T.feeMin}</Text>
        <Input className="field__input" type="number" value={feeValue(query.feeMin)} ariaLabel={T.feeMinAria} onInput={(e) => set({ feeMin: readFee(e.detail.value) })} />
        <Text className="centres__label">{T.feeMax}</Text>
        <Input className="field__input" type="number" value={feeValue(query.feeMax)} ariaLabel={T.feeMaxAria} onInput={(e) => set({ feeMax: readFee(e.detail.value) })} />
      </View>
      <Text className="text-secondary block">{T.feeHint}</Text>
      <View className="centres__actions">
        {onCopyLink && (
          <Button className="btn btn--secondary" onClick={onCopyLink}>
            {T.copyLink}
          </Button>
        )}
        <Button className="btn btn--primary" onClick={onClose}>
          {T.fewer}
        </Button>
      </View>
    </View>
  )
}
