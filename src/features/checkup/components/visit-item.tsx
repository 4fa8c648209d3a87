import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { VISIT_NOTE_MAX, VISIT_STATUS_LABELS, type ScheduledVisit } from '@/domain/antenatal-schedule'
import type { FieldErrors } from '@/domain/validation'
import type { VisitRecordInput } from '../model/use-visit-marks'
import { useVisitForm } from '../model/use-visit-form'
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
  onMark: (record: VisitRecordInput) => Promise<boolean>
  onUnmark: () => void
}

const fmtWeeks = (at: { weeks: number; days: number }) => (at.days ? `${at.weeks}周+${at.days}天` : `${at.weeks}周`)

export function VisitItem({ userId, visit, lmp, today, pending, serverErrors, onMark, onUnmark }: Props) {
  const form = useVisitForm({ userId, visitId: visit.id, lmp, today, serverErrors, onMark })
  const { editing, date, note, errors: shown } = form

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
        <Button className="btn btn--secondary" onClick={form.open}>
          {T.markDone}
        </Button>
      )}
      {!visit.record && editing && (
        <View>
          <FormField label={T.visitDate} error={shown.date} required>
            <DateField value={date} label={T.visitDate} start={lmp} end={today} onChange={form.setDate} />
          </FormField>
          <FormField label={T.visitNote} error={shown.note} count={{ length: note.trim().length, max: VISIT_NOTE_MAX }}>
            <Input
              className="field__input"
              value={note}
              maxlength={-1}
              placeholder={T.visitNotePlaceholder}
              ariaLabel={T.visitNote}
              onInput={(event) => form.setNote(event.detail.value)}
            />
          </FormField>
          <View className="checkup__actions">
            <Button className="btn btn--secondary" onClick={form.cancel}>
              {T.cancel}
            </Button>
            <Button className="btn btn--primary" disabled={pending} onClick={() => void form.confirm()}>
              {pending ? T.saving : T.confirmDone}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
