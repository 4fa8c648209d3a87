import { Input, Text, View } from '@tarojs/components'
import { HOST_TYPE_LABELS, ORG_FORM_LABELS } from '../../../domain/centres'
import type { FilterQuery } from '../query-params'
import { CENTRES_TEXTS as T } from '../texts'
import { ChipRow } from '../../../components/chip-row'

const ALL = ''
const feeValue = (fee: number | undefined) => (fee === undefined ? '' : String(fee))
const readFee = (value: string) => (value === '' || Number.isNaN(Number(value)) ? undefined : Number(value))

/** The filters behind 更多条件: host type, organisational form and the fee range. */
export function MoreFilters({
  query,
  count,
  set,
}: {
  query: FilterQuery
  count: (dimension: string, value: string) => number
  set: (patch: Partial<FilterQuery>) => void
}) {
  return (
    <View>
      <ChipRow
        label={T.host}
        value={query.hostType ?? ALL}
        onChange={(host) => set({ hostType: (host || undefined) as FilterQuery['hostType'] })}
        chips={[{ value: ALL, label: T.all }, ...Object.entries(HOST_TYPE_LABELS).map(([id, label]) => ({ value: id, label, count: count('hostType', id) }))]}
      />
      <ChipRow
        label={T.form}
        value={query.orgForm ?? ALL}
        onChange={(form) => set({ orgForm: (form || undefined) as FilterQuery['orgForm'] })}
        chips={[{ value: ALL, label: T.all }, ...Object.entries(ORG_FORM_LABELS).map(([id, label]) => ({ value: id, label, count: count('orgForm', id) }))]}
      />
      <View className="centres__row-inputs">
        <Input className="field__input" type="number" value={feeValue(query.feeMin)} placeholder={T.feeMin} ariaLabel={T.feeMin} onInput={(e) => set({ feeMin: readFee(e.detail.value) })} />
        <Input className="field__input" type="number" value={feeValue(query.feeMax)} placeholder={T.feeMax} ariaLabel={T.feeMax} onInput={(e) => set({ feeMax: readFee(e.detail.value) })} />
      </View>
      <Text className="text-secondary block">{T.feeHint}</Text>
    </View>
  )
}
