import { isDateString, type DateString } from '@/domain/dates'
import { lmpFromDueDate } from '@/domain/pregnancy'
import { lmpError } from '@/domain/validation'

export interface PregnancyDraft {
  mode: 'lmp' | 'due'
  date: string
}

/** The LMP the form stands for, or a Chinese message for the date field. */
export function lmpFromDraft(draft: PregnancyDraft, today: DateString): { lmp: DateString } | { error: string } {
  if (draft.mode === 'lmp') {
    const error = lmpError(draft.date, today)
    return error ? { error } : { lmp: draft.date }
  }
  if (!draft.date) return { error: '请选择预产期' }
  if (!isDateString(draft.date)) return { error: '日期格式不正确，应为年-月-日' }
  const lmp = lmpFromDueDate(draft.date)
  const error = lmpError(lmp, today)
  if (!error) return { lmp }
  // Say it in terms of the due date the user typed.
  if (error.includes('晚于今天')) return { error: '预产期距今超过40周，请核对' }
  return { error: '预产期已过去满2周，请核对' }
}
