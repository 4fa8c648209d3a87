import { View } from '@tarojs/components'
import { ChoiceGroup } from '@/components/choice-group'
import { FormField } from '@/components/form-field'
import { Input } from '@/components/taro/input'
import type { FieldErrors } from '@/domain/validation'
import type { SituationDraft, SituationField } from '../model/use-situation-form'
import { SITUATION_TEXTS as T } from '../texts'

interface Props {
  form: SituationDraft
  errors: FieldErrors<SituationField>
  expecting: boolean
  born: boolean
  onChange: (next: SituationDraft) => void
}

const yesNo = [
  { value: 'yes' as const, label: T.yes },
  { value: 'no' as const, label: T.no },
]

/** 我的情况's fields: 参保地, 生育保险, the wage (optional), the deduction split, 胎数 or 难产. */
export function SituationFields({ form, errors, expecting, born, onChange }: Props) {
  return (
    <View className="card">
      <FormField label={T.region} hint={T.regionHint} error={errors.region}>
        <ChoiceGroup
          label={T.region}
          value={form.region}
          options={[
            { value: 'zhejiang', label: '浙江' },
            { value: 'national', label: '其他省份' },
          ]}
          onChange={(region) => onChange({ ...form, region })}
        />
      </FormField>
      <FormField label={T.insured} hint={T.notSure} error={errors.motherInsured}>
        <ChoiceGroup label={T.insured} value={form.motherInsured ? 'yes' : 'no'} options={yesNo} onChange={(v) => onChange({ ...form, motherInsured: v === 'yes' })} />
      </FormField>
      {form.motherInsured && (
        <FormField label={T.wage} hint={T.wageHint} error={errors.wage}>
          <Input
            className="field__input"
            type="number"
            value={form.wage}
            placeholder={T.wagePlaceholder}
            ariaLabel={T.wage}
            onInput={(event) => onChange({ ...form, wage: event.detail.value })}
          />
        </FormField>
      )}
      <FormField label={T.split} error={errors.deductionSplit}>
        <ChoiceGroup
          label={T.split}
          value={form.deductionSplit}
          options={[
            { value: 'one-parent', label: T.oneParent },
            { value: 'shared', label: T.shared },
          ]}
          onChange={(deductionSplit) => onChange({ ...form, deductionSplit })}
        />
      </FormField>
      {expecting && (
        <FormField label={T.babies} error={errors.expectedBabies}>
          <ChoiceGroup
            label={T.babies}
            value={String(Math.min(form.expectedBabies, 3)) as '1' | '2' | '3'}
            options={[
              { value: '1', label: T.single },
              { value: '2', label: T.twins },
              { value: '3', label: T.triplets },
            ]}
            onChange={(babies) => onChange({ ...form, expectedBabies: Number(babies) })}
          />
        </FormField>
      )}
      {born && (
        <FormField label={T.difficult} error={errors.difficultBirth}>
          <ChoiceGroup label={T.difficult} value={form.difficultBirth ? 'yes' : 'no'} options={yesNo} onChange={(v) => onChange({ ...form, difficultBirth: v === 'yes' })} />
        </FormField>
      )}
    </View>
  )
}
