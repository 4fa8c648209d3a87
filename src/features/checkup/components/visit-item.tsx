import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { useState } from 'react'
import { useDraft } from '@/hooks/use-draft'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { VISIT_NOTE_MAX, VISIT_STATUS_LABELS, visitDateError, visitNoteError, type ScheduledVisit } from '@/domain/antenatal-schedule'
import type { FieldErrors } from '@/domain/validation'
import { TIMELINE_TEXTS as T } from '../texts'
import { BulletList } from './bullet-list'

interface Props {
  userId: string
  visit: ScheduledVisit
  lmp: string
  today: string
  pending: boolean
  /** Errors from the last failed save of this visit (server-side validation). */
  serverErrors?: FieldErrors
  onMark: (record: { date: string; note: string }) => Promise<boolean>
  onUnmark: () => void
}

const fmtWeeks = (at: { weeks: number; days: number }) => (at.days ? `${at.weeks}周+${at.days}天` : `${at.weeks}周`)

export function VisitItem({ userId, visit, lmp, today, pending, serverErrors, onMark, onUnmark }: Props) {
  // An open "mark done" form is a draft: it survives a failed save and a reload.
  const { draft, setDraft, clearDraft } = useDraft<{ date: string; note: string }>(`checkup-visit:${userId}:${visit.id}`)
  const editing = draft !== null
  const date = draft?.date ?? today
  const note = draft?.note ?? ''
  const [errors, setErrors] = useState<FieldErrors>({})
  const shown = { ...serverErrors, ...errors }

  async function confirm() {
    const found: FieldErrors = {}
    const dateError = visitDateError(date, lmp, today)
    if (dateError) found.date = dateError
    const noteError = visitNoteError(note)
    if (noteError) found.note = noteError
    setErrors(found)
    if (Object.keys(found).length > 0) return
    if (await onMark({ date, note })) clearDraft()
  }

  const tagClass = visit.status === 'done' ? ' checkup__tag--done' : visit.status === 'overdue' ? ' checkup__tag--overdue' : ''
  return (
    <View className={`card checkup__visit${visit.status === 'due' ? ' checkup__visit--due' : ''}`} ariaLabel={visit.title}>
      <Text className="checkup__visit-title">{visit.title}</Text>
      <View>
        <Text className={`checkup__tag${tagClass}`}>{VISIT_STATUS_LABELS[visit.status]}</Text>
        <Text className="text-secondary">{T.weeks(fmtWeeks(visit.from), fmtWeeks(visit.to))}</Text>
      </View>
      <Text className="text-secondary block">{T.window(visit.start, visit.end)}</Text>
      <BulletList items={visit.checks} />
      {visit.record && (
        <View>
          <Text className="block">{T.doneOn(visit.record.date)}</Text>
          {visit.record.note && <Text className="text-secondary block">{visit.record.note}</Text>}
          <Button className="btn btn--secondary" disabled={pending} onClick={onUnmark}>
            {T.undo}
          </Button>
        </View>
      )}
      {!visit.record && !editing && (
        <Button className="btn btn--secondary" onClick={() => setDraft({ date: today, note: '' })}>
          {T.markDone}
        </Button>
      )}
      {!visit.record && editing && (
        <View>
          <FormField label={T.visitDate} error={shown.date} required>
            <DateField value={date} label={T.visitDate} start={lmp} end={today} onChange={(value) => setDraft({ date: value, note })} />
          </FormField>
          <FormField label={T.visitNote} error={shown.note} count={{ length: note.trim().length, max: VISIT_NOTE_MAX }}>
            <Input
              className="field__input"
              value={note}
              maxlength={-1}
              placeholder={T.visitNotePlaceholder}
              ariaLabel={T.visitNote}
              onInput={(event) => setDraft({ date, note: event.detail.value })}
            />
          </FormField>
          <View className="checkup__actions">
            <Button
              className="btn btn--secondary"
              onClick={() => {
                clearDraft()
                setErrors({})
              }}
            >
              {T.cancel}
            </Button>
            <Button className="btn btn--primary" disabled={pending} onClick={() => void confirm()}>
              {pending ? T.saving : T.confirmDone}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
