import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { dueDateFromLmp, formatGestationalAge, gestationalAge, isPastTerm } from '@/domain/pregnancy'
import { canRecordBirth } from '@/domain/pregnancy-outcome'
import { earliestLmp, lmpError } from '@/domain/validation'
import { OutcomeQuestion } from '@/pregnancy-outcome/outcome-question'
import { OUTCOME_TEXTS } from '@/pregnancy-outcome/texts'
import { FAMILY_TEXTS as T } from '../texts'

interface Props {
  pregnant: boolean
  lmp: string
  error?: string
  today: string
  /** The LMP on record (null when no pregnancy is saved). */
  savedLmp: string | null
  /** 本次孕期已结束 is being saved. */
  ending: boolean
  onChange: (next: { pregnant: boolean; lmp: string }) => void
  onBorn: () => void
  onEnded: () => void
}

export function PregnancyEditor({ pregnant, lmp, error, today, savedLmp, ending, onChange, onBorn, onEnded }: Props) {
  const [fixingDate, setFixingDate] = useState(false)
  // The pregnancy on record has reached 42 weeks: ask how it ended, never refuse the date.
  if (pregnant && savedLmp !== null && lmp === savedLmp && isPastTerm(savedLmp, today) && !fixingDate) {
    return (
      <View className="card">
        <OutcomeQuestion lmp={savedLmp} today={today} pending={ending} onBorn={onBorn} onEnded={onEnded} />
        <View className="row-gap" />
        <Button className="btn btn--secondary" onClick={() => setFixingDate(true)}>
          {T.fixLmp}
        </Button>
      </View>
    )
  }
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
            start={earliestLmp(today)}
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
      {/* A pregnancy on record: the quiet end of the record at any week, the baby's form from 20 weeks. */}
      {savedLmp !== null && (
        <View className="outcome__actions">
          {canRecordBirth(savedLmp, today) && (
            <Button className="btn btn--secondary" onClick={onBorn}>
              {OUTCOME_TEXTS.born}
            </Button>
          )}
          <Button className="btn btn--secondary" disabled={ending || undefined} onClick={onEnded}>
            {ending ? OUTCOME_TEXTS.ending : OUTCOME_TEXTS.ended}
          </Button>
        </View>
      )}
    </View>
  )
}
