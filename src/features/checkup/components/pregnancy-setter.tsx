import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { addDays } from '@/domain/dates'
import { dueDateFromLmp, formatGestationalAge, gestationalAge, PREGNANCY_DAYS } from '@/domain/pregnancy'
import { earliestLmp } from '@/domain/validation'
import { lmpFromDraft, type PregnancyDraft } from '../model/pregnancy-form'
import { TIMELINE_TEXTS as T } from '../texts'

interface Props {
  draft: PregnancyDraft
  error?: string
  today: string
  pending: boolean
  onChange: (draft: PregnancyDraft) => void
  onSave: () => void
  onCancel?: () => void
}

/** Enter the last period (or the due date the doctor gave) to start the timeline. */
export function PregnancySetter({ draft, error, today, pending, onChange, onSave, onCancel }: Props) {
  const parsed = lmpFromDraft(draft, today)
  const label = draft.mode === 'lmp' ? T.lmpLabel : T.dueLabel
  return (
    <View className="card" ariaLabel={T.setTitle}>
      <Text className="heading">{T.setTitle}</Text>
      <Text className="text-secondary block">{T.setHint}</Text>
      <View className="row-gap" />
      <ChoiceGroup<'lmp' | 'due'>
        label={T.entryMode}
        value={draft.mode}
        options={[
          { value: 'lmp', label: T.byLmp },
          { value: 'due', label: T.byDue },
        ]}
        onChange={(mode) => onChange({ mode, date: '' })}
      />
      <View className="row-gap" />
      <FormField label={label} error={error} required>
        <DateField
          value={draft.date}
          label={label}
          start={draft.mode === 'lmp' ? earliestLmp(today) : addDays(earliestLmp(today), PREGNANCY_DAYS)}
          end={draft.mode === 'lmp' ? today : addDays(today, PREGNANCY_DAYS)}
          onChange={(date) => onChange({ ...draft, date })}
        />
      </FormField>
      {'lmp' in parsed && (
        <Text className="text-secondary block">{T.estimate(formatGestationalAge(gestationalAge(parsed.lmp, today)), dueDateFromLmp(parsed.lmp))}</Text>
      )}
      <View className="checkup__actions">
        {onCancel && (
          <Button className="btn btn--secondary" onClick={onCancel}>
            {T.cancel}
          </Button>
        )}
        <Button className="btn btn--primary" disabled={pending} onClick={onSave}>
          {pending ? T.saving : T.save}
        </Button>
      </View>
    </View>
  )
}
