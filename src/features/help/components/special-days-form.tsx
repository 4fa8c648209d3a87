import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { Notice } from '@/components/notice'
import { Input } from '@/components/taro/input'
import { SPECIAL_DAY_LABEL_MAX } from '@/domain/special-days'
import { SPECIAL_DAY_TEXTS as T } from '../care-texts'
import type { SpecialDaysForm as Form } from '../model/use-special-days'
import { HelpCheck } from './help-check'

/** The days as rows (a date of any year, what the day is), the family's agreement, 保存; each problem at its field. */
export function SpecialDaysForm({ form }: { form: Form }) {
  const { rows, errors } = form
  return (
    <View className="care__special-form">
      {form.failure && <Notice tone="error" message={T.failed(form.failure)} actions={[{ label: T.retry, onClick: form.send }]} />}
      {rows.map((row, i) => (
        <View key={i} className="care__special-row" ariaLabel={T.row(i + 1)}>
          <FormField label={T.date} error={errors[`days.${i}.monthDay`]} required>
            <DateField value={row.date} label={T.date} placeholder={T.datePlaceholder} onChange={(date) => form.change(i, { date })} />
          </FormField>
          <FormField label={T.label} error={errors[`days.${i}.label`]} count={{ length: row.label.trim().length, max: SPECIAL_DAY_LABEL_MAX }} required>
            <Input className="field__input" value={row.label} placeholder={T.labelPlaceholder} ariaLabel={T.label} onInput={(e) => form.change(i, { label: e.detail.value })} />
          </FormField>
          <Button className="btn btn--secondary" onClick={() => form.remove(i)}>
            {T.removeRow}
          </Button>
        </View>
      ))}
      {errors.days && <Notice tone="error" message={errors.days} />}
      {form.canAdd && (
        <Button className="btn btn--secondary" onClick={form.add}>
          {T.addRow}
        </Button>
      )}
      <FormField label={T.agreeTitle} error={errors.familyAgreed} hint={T.withdrawHint}>
        <HelpCheck label={T.agreeText} checked={form.agreed} onToggle={form.toggleAgreed} />
      </FormField>
      <View className="help__actions">
        <Button className="btn btn--primary" disabled={form.pending || undefined} onClick={form.send}>
          {form.pending ? T.saving : T.save}
        </Button>
        <Button className="btn btn--secondary" onClick={form.cancel}>
          {T.cancel}
        </Button>
      </View>
    </View>
  )
}
