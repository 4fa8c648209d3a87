import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { Notice } from '@/components/notice'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import { BACKDATE_DAYS, CONTACT_KIND_LABELS, CONTACT_KINDS, CONTACT_NOTE_MAX, FAMILY_STATE_LABELS, FAMILY_STATES, NEXT_CONTACT_DAYS_AHEAD, opensRequest } from '@/domain/care'
import { addDays, type DateString } from '@/domain/dates'
import { LOG_TEXTS as T } from '../care-texts'
import type { LogDraft, LogErrors } from '../model/contact-log-form'

const KIND_OPTIONS = CONTACT_KINDS.map((value) => ({ value, label: CONTACT_KIND_LABELS[value] }))
const STATE_OPTIONS = FAMILY_STATES.map((value) => ({ value, label: FAMILY_STATE_LABELS[value] }))

/** One contact with a family: how and when, how long, how the family is, the private note, and the next contact agreed. */
export function ContactLogFields({ form, errors, today, onChange }: { form: LogDraft; errors: LogErrors; today: DateString; onChange: (patch: Partial<LogDraft>) => void }) {
  return (
    <>
      <FormField label={T.kind} error={errors.kind} required>
        <ChoiceGroup label={T.kind} value={form.kind} options={KIND_OPTIONS} onChange={(kind) => onChange({ kind })} />
      </FormField>
      <FormField label={T.date} error={errors.date} required>
        <DateField value={form.date} label={T.date} start={addDays(today, -BACKDATE_DAYS)} end={today} onChange={(date) => onChange({ date })} />
      </FormField>
      <FormField label={T.duration} error={errors.durationMinutes} required>
        <Input className="field__input" type="number" maxlength={3} value={form.durationMinutes} ariaLabel={T.duration} onInput={(e) => onChange({ durationMinutes: e.detail.value })} />
      </FormField>
      <FormField label={T.state} error={errors.state} required>
        <ChoiceGroup label={T.state} value={form.state} options={STATE_OPTIONS} onChange={(state) => onChange({ state })} />
      </FormField>
      {form.state !== '' && opensRequest(form.state) && <Notice tone="info" message={T.urgentNotice} />}
      <FormField label={T.note} error={errors.note} hint={T.noteHint} count={{ length: form.note.trim().length, max: CONTACT_NOTE_MAX }}>
        <Textarea className="field__textarea" value={form.note} maxlength={-1} ariaLabel={T.note} onInput={(e) => onChange({ note: e.detail.value })} />
      </FormField>
      <FormField label={T.nextContactDate} error={errors.nextContactDate}>
        <DateField
          value={form.nextContactDate}
          label={T.nextContactDate}
          start={addDays(today, 1)}
          end={addDays(today, NEXT_CONTACT_DAYS_AHEAD)}
          onChange={(nextContactDate) => onChange({ nextContactDate })}
        />
      </FormField>
    </>
  )
}
