import { useState } from 'react'
import { visitDateError, visitNoteError } from '@/domain/antenatal-schedule'
import type { FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import type { VisitRecordInput } from './use-visit-marks'

interface Options {
  userId: string
  visitId: string
  lmp: string
  today: string
  /** Errors from the last failed save of this visit (the backend's validation). */
  serverErrors?: FieldErrors
  onMark: (record: VisitRecordInput) => Promise<boolean>
}

/** One visit's 标记已完成 form: the date (today unless changed) and a note, checked before saving. */
export function useVisitForm({ userId, visitId, lmp, today, serverErrors, onMark }: Options) {
  // An open form is a draft: it survives a failed save and a reload.
  const { draft, setDraft, clearDraft } = useDraft<VisitRecordInput>(`checkup-visit:${userId}:${visitId}`)
  const date = draft?.date ?? today
  const note = draft?.note ?? ''
  const [errors, setErrors] = useState<FieldErrors>({})

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

  return {
    editing: draft !== null,
    date,
    note,
    errors: { ...serverErrors, ...errors },
    open: () => setDraft({ date: today, note: '' }),
    setDate: (value: string) => setDraft({ date: value, note }),
    setNote: (value: string) => setDraft({ date, note: value }),
    cancel() {
      clearDraft()
      setErrors({})
    },
    confirm,
  }
}
