import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import type { FamilyCareDto, SpecialDaysInput } from '@/contract/care'
import { isDateString, type DateString } from '@/domain/dates'
import { SPECIAL_DAYS_MAX, specialDaysInputErrors } from '@/domain/special-days'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import { SPECIAL_DAY_TEXTS as T } from '../care-texts'
import { helpApi } from '../service'

/** A row as typed: a whole date (any year; only its month and day are kept) and what the day is. */
export interface SpecialDayRow {
  date: string
  label: string
}

/** A month-day shown as a date the picker takes: this year's, or the next year that has it (02-29). */
export function rowDate(monthDay: string, today: DateString): string {
  const year = Number(today.slice(0, 4))
  for (let ahead = 0; ahead < 8; ahead++) if (isDateString(`${year + ahead}-${monthDay}`)) return `${year + ahead}-${monthDay}`
  return ''
}

/** The rows as the backend takes them: MM-DD ('' when the date is not a real one) and the label. */
export function specialDaysInput(rows: readonly SpecialDayRow[], familyAgreed: boolean): SpecialDaysInput {
  const days = rows.map((row) => ({ monthDay: isDateString(row.date.trim()) ? row.date.trim().slice(5) : '', label: row.label.trim() }))
  return { days, familyAgreed }
}

/**
 * 特殊日子 on a family's record: the contact opens the form over what is kept, adds or removes
 * rows, ticks that the family agreed, and saves; the rules are the backend's own
 * (specialDaysInputErrors). No days and no tick is the family withdrawing: everything is cleared.
 * The saved record replaces the page's (onSaved).
 */
export function useSpecialDays(familyId: string, onSaved: (family: FamilyCareDto) => void) {
  const today = useToday()
  const [rows, setRows] = useState<SpecialDayRow[] | null>(null)
  const [agreed, setAgreed] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const save = useSubmit((key: string, specialDays: SpecialDaysInput) => helpApi().call('care.setSpecialDays', { familyId, specialDays }, { idempotencyKey: key }))

  const edit = (rowsNow: SpecialDayRow[]) => {
    setRows(rowsNow)
    setErrors({})
    save.clearError()
  }

  async function send() {
    if (!rows) return
    const input = specialDaysInput(rows, agreed)
    const found = specialDaysInputErrors(input)
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    const result = await save.submit(input)
    if (result.ok) {
      onSaved(result.value)
      setRows(null)
      void Taro.showToast({ title: T.saved, icon: 'success' })
    } else if (result.error.fieldErrors) setErrors(result.error.fieldErrors)
  }

  return {
    editing: rows !== null,
    rows: rows ?? [],
    agreed,
    errors,
    canAdd: (rows?.length ?? 0) < SPECIAL_DAYS_MAX,
    open: (family: FamilyCareDto) => {
      edit(family.specialDays.map(({ monthDay, label }) => ({ date: rowDate(monthDay, today), label })))
      setAgreed(false)
    },
    cancel: () => setRows(null),
    add: () => rows && edit([...rows, { date: '', label: '' }]),
    remove: (index: number) => rows && edit(rows.filter((_, i) => i !== index)),
    change: (index: number, patch: Partial<SpecialDayRow>) => {
      if (!rows) return
      setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
      // Editing a field takes its old message away; the others stay until the next save.
      const field = (key: string) => `days.${index}.${key === 'date' ? 'monthDay' : key}`
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !Object.keys(patch).map(field).includes(key))))
      save.clearError()
    },
    toggleAgreed: () => {
      setAgreed(!agreed)
      setErrors(({ familyAgreed: _done, ...rest }) => rest)
    },
    send: () => void send(),
    pending: save.pending,
    failure: save.error && save.error.code !== 'VALIDATION' ? save.error.message : null,
  }
}

export type SpecialDaysForm = ReturnType<typeof useSpecialDays>
