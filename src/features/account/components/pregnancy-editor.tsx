import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { DateField } from '../../../components/date-field'
import { FormField } from '../../../components/form-field'
import { addDays } from '../../../domain/dates'
import { dueDateFromLmp, formatGestationalAge, gestationalAge, MAX_GESTATION_DAYS } from '../../../domain/pregnancy'
import { lmpError } from '../../../domain/validation'
import { FAMILY_TEXTS as T } from '../texts'

interface Props {
  pregnant: boolean
  lmp: string
  error?: string
  today: string
  onChange: (next: { pregnant: boolean; lmp: string }) => void
}

export function PregnancyEditor({ pregnant, lmp, error, today, onChange }: Props) {
  const valid = pregnant && lmpError(lmp, today) === null
  return (
    <View className="card">
      <ChoiceGroup<'yes' | 'no'>
        label={T.pregnancySection}
        value={pregnant ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: T.pregnant },
          { value: 'no', label: T.notPregnant },
        ]}
        onChange={(choice) => onChange({ pregnant: choice === 'yes', lmp })}
      />
      {pregnant && (
        <View className="row-gap" />
      )}
      {pregnant && (
        <FormField label={T.lmpLabel} error={error} hint={T.lmpHint} required>
          <DateField
            value={lmp}
            start={addDays(today, -MAX_GESTATION_DAYS)}
            end={today}
            label={T.lmpLabel}
            onChange={(value) => onChange({ pregnant, lmp: value })}
          />
        </FormField>
      )}
      {valid && (
        <Text className="text-secondary block">
          {T.preview(formatGestationalAge(gestationalAge(lmp, today)), dueDateFromLmp(lmp))}
        </Text>
      )}
    </View>
  )
}
