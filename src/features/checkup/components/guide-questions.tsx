import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChipRow } from '@/components/chip-row'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { earliestLmp, type FieldErrors } from '@/domain/validation'
import type { changeGuide, GuideDraft, PrefilledField } from '../model/guide-form'
import { GUIDE_TEXTS as T, MARITAL_OPTIONS, RESIDENCY_OPTIONS } from '../texts'

const YES_NO = [
  { value: 'yes' as const, label: T.yes },
  { value: 'no' as const, label: T.no },
]

interface Props {
  form: GuideDraft
  errors: FieldErrors
  districts: string[]
  today: string
  prefilled: (field: PrefilledField) => string | undefined
  onChange: (patch: Parameters<typeof changeGuide>[1]) => void
  onSubmit: () => void
}

/** The guided check's questions; 户籍 and 婚姻 always, then pregnancy or planning, and a district. */
export function GuideQuestions({ form, errors, districts, today, prefilled, onChange, onSubmit }: Props) {
  return (
    <View className="card">
      <FormField label={T.residency} error={errors.residency} required>
        <ChoiceGroup label={T.residency} options={RESIDENCY_OPTIONS} value={form.residency} onChange={(residency) => onChange({ residency })} />
      </FormField>
      <FormField label={T.marital} error={errors.marital} required>
        <ChoiceGroup label={T.marital} options={MARITAL_OPTIONS} value={form.marital} onChange={(marital) => onChange({ marital })} />
      </FormField>
      <FormField label={T.pregnant} error={errors.pregnant} hint={prefilled('pregnant')} required>
        <ChoiceGroup label={T.pregnant} options={YES_NO} value={form.pregnant} onChange={(pregnant) => onChange({ pregnant })} />
      </FormField>
      {form.pregnant === 'yes' && (
        <FormField label={T.lmp} error={errors.lmp} hint={prefilled('lmp')} required>
          <DateField value={form.lmp} label={T.lmp} start={earliestLmp(today)} end={today} onChange={(lmp) => onChange({ lmp })} />
        </FormField>
      )}
      {form.pregnant === 'no' && (
        <FormField label={T.planning} error={errors.planning} required>
          <ChoiceGroup label={T.planning} options={YES_NO} value={form.planning} onChange={(planning) => onChange({ planning })} />
        </FormField>
      )}
      <FormField label={T.district}>
        <ChipRow
          label={T.district}
          value={form.district}
          onChange={(district) => onChange({ district })}
          chips={[{ value: '', label: T.anyDistrict }, ...districts.map((name) => ({ value: name, label: name }))]}
        />
      </FormField>
      <Button className="btn btn--primary btn--block" onClick={onSubmit}>
        {T.submit}
      </Button>
    </View>
  )
}
