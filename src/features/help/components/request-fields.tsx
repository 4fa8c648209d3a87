import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import type { DateString } from '@/domain/dates'
import { HALF_DAY_LABELS, HELP_TYPES, latestPreferredDate, NEED_MAX, VOLUNTEER_LABELS, type HalfDay, type VolunteerKind } from '@/domain/help'
import type { RequestDraft, RequestErrors } from '../model/help-request-form'
import { REQUEST_TEXTS as T } from '../texts'
import { HelpCheck } from './help-check'

const HALF_DAY_OPTIONS = (['am', 'pm'] as const).map((value) => ({ value, label: HALF_DAY_LABELS[value] }))
const VOLUNTEER_OPTIONS = Object.entries(VOLUNTEER_LABELS).map(([value, label]) => ({ value: value as VolunteerKind, label }))

/** The request itself: what help, when, where and how to reach the family. */
export function RequestFields({ form, errors, today, onChange }: { form: RequestDraft; errors: RequestErrors; today: DateString; onChange: (patch: Partial<RequestDraft>) => void }) {
  return (
    <>
      <FormField label={T.type} error={errors.type} required>
        <ChoiceGroup label={T.type} value={form.type} options={HELP_TYPES.map((type) => ({ value: type.id, label: type.label }))} onChange={(type) => onChange({ type })} />
      </FormField>
      {form.type === 'volunteer' && (
        <FormField label={T.volunteerKind} error={errors.volunteerKind} required>
          <ChoiceGroup label={T.volunteerKind} value={form.volunteerKind} options={VOLUNTEER_OPTIONS} onChange={(volunteerKind) => onChange({ volunteerKind })} />
        </FormField>
      )}
      <FormField label={T.need} error={errors.need} count={{ length: form.need.trim().length, max: NEED_MAX }} required>
        <Textarea className="field__textarea help__need" value={form.need} maxlength={-1} placeholder={T.needPlaceholder} ariaLabel={T.need} onInput={(e) => onChange({ need: e.detail.value })} />
      </FormField>
      <FormField label={T.date} error={errors.preferredDate} required>
        <DateField value={form.preferredDate} label={T.date} start={today} end={latestPreferredDate(today)} onChange={(preferredDate) => onChange({ preferredDate })} />
      </FormField>
      <FormField label={T.halfDay} error={errors.halfDay} required>
        <ChoiceGroup<HalfDay> label={T.halfDay} value={form.halfDay} options={HALF_DAY_OPTIONS} onChange={(halfDay) => onChange({ halfDay })} />
      </FormField>
      <HelpCheck label={T.callOnly} checked={form.callOnly} onToggle={() => onChange({ callOnly: !form.callOnly })} />
      <View className="row-gap" />
      {!form.callOnly && (
        <FormField label={T.address} error={errors.address} required>
          <Input className="field__input" value={form.address} ariaLabel={T.address} onInput={(e) => onChange({ address: e.detail.value })} />
        </FormField>
      )}
      <FormField label={T.phone} error={errors.phone} hint={T.phoneHint} required>
        {/* Text, not number: a landline is written with its area code, 0571-88912345. */}
        <Input className="field__input" type="text" maxlength={-1} value={form.phone} ariaLabel={T.phone} onInput={(e) => onChange({ phone: e.detail.value })} />
      </FormField>
      <FormField label={T.urgent} required>
        <ChoiceGroup<'normal' | 'urgent'>
          label={T.urgent}
          value={form.urgent ? 'urgent' : 'normal'}
          options={[
            { value: 'normal', label: T.normal },
            { value: 'urgent', label: T.urgentLabel },
          ]}
          onChange={(value) => onChange({ urgent: value === 'urgent' })}
        />
      </FormField>
    </>
  )
}
