import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { addDays } from '@/domain/dates'
import { HELP_ACTION_LABELS, HELP_NOTE_MAX, NOTE_REQUIRED, VISIT_DAYS_AHEAD, VISITOR_MAX } from '@/domain/help'
import type { FieldErrors } from '@/domain/validation'
import { SCORES, type FormAction } from '../model/act-request'
import type { ActionForm as ActionFormState } from '../model/use-action-form'
import { DETAIL_TEXTS as T } from '../texts'

const noteLabelOf = (action: FormAction) =>
  action === 'cancel' ? T.reasonCancel : action === 'return' ? T.reasonReturn : action === 'complete' ? T.visitNotes : action === 'rate' ? T.comment : T.note

/** The form of one action on a request: its fields, 返回, and 确认<action>. */
export function ActionForm({ form, action, pending, errors }: { form: ActionFormState; action: FormAction; pending: boolean; errors: FieldErrors }) {
  const noteLabel = noteLabelOf(action)
  const scoreLabel = action === 'rate' ? T.stars : T.satisfaction
  return (
    <View className="card" ariaLabel={HELP_ACTION_LABELS[action]}>
      {action === 'schedule' && <VisitFields form={form} errors={errors} />}
      {(action === 'rate' || action === 'follow-up') && (
        <FormField label={scoreLabel} error={errors.stars ?? errors.satisfaction} required>
          <ChoiceGroup label={scoreLabel} value={form.score} options={SCORES.map((value) => ({ value, label: T.score(value) }))} onChange={form.setScore} />
        </FormField>
      )}
      {action !== 'schedule' && (
        <FormField label={noteLabel} error={form.noteError ?? errors.note} count={{ length: form.note.trim().length, max: HELP_NOTE_MAX }} required={NOTE_REQUIRED[action] !== undefined}>
          <Textarea className="field__textarea" value={form.note} maxlength={-1} ariaLabel={noteLabel} onInput={(e) => form.setNote(e.detail.value)} />
        </FormField>
      )}
      <View className="help__actions">
        <Button className="btn btn--secondary" onClick={() => form.close()}>
          {T.back}
        </Button>
        <Button className="btn btn--primary" disabled={pending} onClick={() => form.confirm(action)}>
          {`${T.confirm}${HELP_ACTION_LABELS[action]}`}
        </Button>
      </View>
    </View>
  )
}

/** 安排上门: the day (today to VISIT_DAYS_AHEAD days on), the time and who goes. */
function VisitFields({ form, errors }: { form: ActionFormState; errors: FieldErrors }) {
  const { today, visit, changeVisit } = form
  return (
    <View>
      <FormField label={T.visitDate} error={errors.date} required>
        <DateField value={visit.date} label={T.visitDate} start={today} end={addDays(today, VISIT_DAYS_AHEAD)} onChange={(date) => changeVisit({ date })} />
      </FormField>
      <FormField label={T.visitTime} error={errors.time} required>
        <Input className="field__input" value={visit.time} maxlength={5} ariaLabel={T.visitTime} onInput={(e) => changeVisit({ time: e.detail.value })} />
      </FormField>
      <FormField label={T.visitor} error={errors.visitor} count={{ length: visit.visitor.trim().length, max: VISITOR_MAX }} required>
        <Input className="field__input" value={visit.visitor} maxlength={-1} ariaLabel={T.visitor} onInput={(e) => changeVisit({ visitor: e.detail.value })} />
      </FormField>
    </View>
  )
}
