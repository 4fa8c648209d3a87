import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ChildField } from '@/domain/family'
import { birthDateRange, newbornErrors } from '@/domain/pregnancy-outcome'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import type { ProfileDto } from '@/services/types'
import { useFamilyStore } from '@/stores/family-store'
import { FAMILY_TEXTS as T } from '../texts'
import { newbornFieldErrors, newbornFromDraft, type NewbornDraft } from './family-form'

export interface BirthRecord {
  /** The pregnancy that ended with this birth. */
  lmp: string
  today: string
  value: NewbornDraft
  onChange: (value: NewbornDraft) => void
  /** Saved: the baby is one of the children now and the pregnancy record has ended. */
  onSaved: (profile: ProfileDto, name: string) => void
}

/**
 * 宝宝出生了: the baby's name, birth date and sex are checked by the backend's rules
 * (src/domain/pregnancy-outcome), then one save adds the baby and ends the pregnancy record.
 */
export function useBirthRecord({ lmp, today, value, onChange, onSaved }: BirthRecord) {
  const endPregnancy = useFamilyStore((state) => state.endPregnancy)
  const saving = useSubmit((key: string, child: ReturnType<typeof newbornFromDraft>) => endPregnancy({ lmp, outcome: 'born', child }, key))
  const [errors, setErrors] = useState<FieldErrors<ChildField>>({})

  function change(next: NewbornDraft) {
    onChange(next)
    // Errors already shown go away as they are fixed; new ones wait for 保存.
    if (hasErrors(errors)) {
      const found = newbornErrors(newbornFromDraft(next), lmp, today)
      setErrors(Object.fromEntries(Object.keys(errors).map((field) => [field, found[field as ChildField]])))
    }
  }

  async function save() {
    const child = newbornFromDraft(value)
    const found = newbornErrors(child, lmp, today)
    setErrors(found)
    if (hasErrors(found)) return
    const result = await saving.submit(child)
    if (result.ok) {
      onSaved(result.value, child.name)
      return
    }
    const atFields = newbornFieldErrors(result.error.fieldErrors ?? {})
    if (result.error.code === 'VALIDATION' && hasErrors(atFields)) setErrors(atFields)
    else void Taro.showToast({ title: T.saveFailed(result.error.message), icon: 'none' })
  }

  return { errors, range: birthDateRange(lmp, today), pending: saving.pending, change, save }
}
