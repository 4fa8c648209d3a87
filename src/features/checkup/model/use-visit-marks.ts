import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { TimelineDto } from '@/contract/checkup'
import type { FieldErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import { useReminderStore } from '@/stores/reminder-store'
import { checkupApi } from '../service'
import { TIMELINE_TEXTS as T } from '../texts'

export interface VisitRecordInput {
  date: string
  note: string
}

/** 标记已完成 / 撤销完成 on the timeline; `show` takes the timeline the backend answers with. */
export function useVisitMarks(userId: string, show: (timeline: TimelineDto) => void) {
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({})
  const clearReminder = useReminderStore((state) => state.clear)
  const mark = useSubmit((key: string, visitId: string, record: VisitRecordInput) =>
    checkupApi().call('checkup.markVisit', { visitId, ...record }, { idempotencyKey: key }),
  )
  const unmark = useSubmit((key: string, visitId: string) => checkupApi().call('checkup.unmarkVisit', { visitId }, { idempotencyKey: key }))

  /** True when saved; on a failure the form stays open with what was typed. */
  async function markDone(visitId: string, record: VisitRecordInput): Promise<boolean> {
    const result = await mark.submit(visitId, record)
    if (result.ok) {
      show(result.value)
      setErrors({})
      // A visit done needs no reminder any more (首页 would still show it).
      clearReminder(userId, visitId)
      return true
    }
    setErrors({ [visitId]: result.error.fieldErrors ?? {} })
    if (result.error.code !== 'VALIDATION') void Taro.showToast({ title: T.markFailed(result.error.message), icon: 'none' })
    return false
  }

  async function undo(visitId: string) {
    const result = await unmark.submit(visitId)
    if (result.ok) show(result.value)
    else void Taro.showToast({ title: result.error.message, icon: 'none' })
  }

  return {
    pending: mark.pending || unmark.pending,
    /** Errors from the last failed save of this visit (the backend's validation). */
    errorsOf: (visitId: string): FieldErrors | undefined => errors[visitId],
    markDone,
    undo,
  }
}
