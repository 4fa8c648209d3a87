import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import Taro from '@tarojs/taro'
import { Button } from '@/components/button'
import { useState } from 'react'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { addDays } from '@/domain/dates'
import { HELP_ACTION_LABELS, HELP_NOTE_MAX, helpNoteError, NOTE_REQUIRED, VISITOR_MAX, type HelpAction } from '@/domain/help'
import type { FieldErrors } from '@/domain/validation'
import type { HelpActInput } from '@/contract/help'
import { DETAIL_TEXTS as T } from '../texts'
import { useToday } from '@/app/clock'

const SCORES = ['1', '2', '3', '4', '5'] as const

/** An action as this panel sends it, with exactly that action's fields; the page adds the request's id. */
export type ActRequest = HelpActInput extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never

/** The form an action needs (a reason, a visit, a score), opened from its button. */
export function ActionPanel({
  actions,
  pending,
  errors,
  onAct,
}: {
  actions: HelpAction[]
  pending: boolean
  errors: FieldErrors
  onAct: (request: ActRequest) => void
}) {
  const today = useToday()
  const [open, setOpen] = useState<HelpAction | null>(null)
  const [note, setNote] = useState('')
  const [visit, setVisit] = useState({ date: addDays(today, 1), time: '09:30', visitor: '' })
  const [score, setScore] = useState<(typeof SCORES)[number] | ''>('')
  // The note's problem found here before sending (the backend checks the same rule again).
  const [noteError, setNoteError] = useState<string | null>(null)

  if (actions.length === 0) return null
  if (open === null || open === 'accept') {
    return (
      <View className="help__actions">
        {actions.map((action) => (
          <Button
            key={action}
            className={`btn ${action === 'cancel' || action === 'return' ? 'btn--danger' : 'btn--primary'}`}
            disabled={pending}
            onClick={() => (action === 'accept' ? onAct({ action: 'accept' }) : setOpen(action))}
          >
            {HELP_ACTION_LABELS[action]}
          </Button>
        ))}
      </View>
    )
  }
  const noteLabel = open === 'cancel' ? T.reasonCancel : open === 'return' ? T.reasonReturn : open === 'complete' ? T.visitNotes : open === 'rate' ? T.comment : T.note
  const request = (action: Exclude<HelpAction, 'accept'>): ActRequest => {
    // An unpicked score goes as 0: the backend answers 请选择1–5分 at the field.
    if (action === 'schedule') return { action, visit }
    if (action === 'rate') return { action, stars: Number(score), note }
    if (action === 'follow-up') return { action, satisfaction: Number(score), note }
    return { action, note }
  }
  const confirm = (action: Exclude<HelpAction, 'accept'>) => {
    const problem = action === 'schedule' ? null : helpNoteError(action, note)
    setNoteError(problem)
    if (problem) {
      // The field says what is wrong; the toast makes sure the tap is not taken for a send.
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    onAct(request(action))
  }
  return (
    <View className="card" ariaLabel={HELP_ACTION_LABELS[open]}>
      {open === 'schedule' && (
        <View>
          <FormField label={T.visitDate} error={errors.date} required>
            <DateField value={visit.date} label={T.visitDate} start={today} end={addDays(today, 30)} onChange={(date) => setVisit({ ...visit, date })} />
          </FormField>
          <FormField label={T.visitTime} error={errors.time} required>
            <Input className="field__input" value={visit.time} maxlength={5} ariaLabel={T.visitTime} onInput={(e) => setVisit({ ...visit, time: e.detail.value })} />
          </FormField>
          <FormField label={T.visitor} error={errors.visitor} count={{ length: visit.visitor.trim().length, max: VISITOR_MAX }} required>
            <Input className="field__input" value={visit.visitor} maxlength={-1} ariaLabel={T.visitor} onInput={(e) => setVisit({ ...visit, visitor: e.detail.value })} />
          </FormField>
        </View>
      )}
      {(open === 'rate' || open === 'follow-up') && (
        <FormField label={open === 'rate' ? T.stars : T.satisfaction} error={errors.stars ?? errors.satisfaction} required>
          <ChoiceGroup label={open === 'rate' ? T.stars : T.satisfaction} value={score} options={SCORES.map((value) => ({ value, label: `${value}分` }))} onChange={setScore} />
        </FormField>
      )}
      {open !== 'schedule' && (
        <FormField label={noteLabel} error={noteError ?? errors.note} count={{ length: note.trim().length, max: HELP_NOTE_MAX }} required={NOTE_REQUIRED[open] !== undefined}>
          <Textarea
            className="field__textarea"
            value={note}
            maxlength={-1}
            ariaLabel={noteLabel}
            onInput={(e) => {
              setNote(e.detail.value)
              setNoteError(null)
            }}
          />
        </FormField>
      )}
      <View className="help__actions">
        <Button className="btn btn--secondary" onClick={() => setOpen(null)}>
          返回
        </Button>
        <Button className="btn btn--primary" disabled={pending} onClick={() => confirm(open)}>
          {`${T.confirm}${HELP_ACTION_LABELS[open]}`}
        </Button>
      </View>
    </View>
  )
}
