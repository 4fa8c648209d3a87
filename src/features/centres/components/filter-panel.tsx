import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { ChipRow } from '../../../components/chip-row'
import { CARE_MODES, HOST_TYPE_LABELS, ORG_FORM_LABELS } from '../../../domain/centres'
import type { FilterQuery } from '../query-params'
import { CENTRES_TEXTS as T } from '../texts'
import { ToggleChips } from './toggle-chips'

const ALL = ''
const feeValue = (fee: number | undefined) => (fee === undefined ? '' : String(fee))
const readFee = (value: string) => (value === '' || Number.isNaN(Number(value)) ? undefined : Number(value))

interface Props {
  query: FilterQuery
  districts: string[]
  count: (dimension: string, value: string) => number
  total: (dimension: string) => number | undefined
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
        onChange={(district) => set({ district: district || undefined })}
        chips={[{ value: ALL, label: T.all, count: total('district') }, ...districts.map((name) => ({ value: name, label: name, count: count('district', name) }))]}
      />
      <Text className="centres__panel-label">{T.mode}</Text>
      <ChipRow
        label={T.mode}
        value={query.mode ?? ALL}
        onChange={(mode) => set({ mode: (mode || undefined) as FilterQuery['mode'] })}
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
        onChange={(host) => set({ hostType: (host || undefined) as FilterQuery['hostType'] })}
        chips={[{ value: ALL, label: T.all }, ...Object.entries(HOST_TYPE_LABELS).map(([id, label]) => ({ value: id, label, count: count('hostType', id) }))]}
      />
      <Text className="centres__panel-label">{T.form}</Text>
      <ChipRow
        label={T.form}
        value={query.orgForm ?? ALL}
        onChange={(form) => set({ orgForm: (form || undefined) as FilterQuery['orgForm'] })}
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
