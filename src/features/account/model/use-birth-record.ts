import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Child } from '@/domain/family'
import { birthDateRange, MAX_BABIES, pregnancyEndErrors } from '@/domain/pregnancy-outcome'
import { hasErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import { forgetVisitReminder } from '@/pregnancy-outcome/use-end-pregnancy'
import type { ProfileDto } from '@/services/types'
import { useFamilyStore } from '@/stores/family-store'
import { FAMILY_TEXTS as T } from '../texts'
import { emptyBaby, newbornFieldErrors, newbornsFromDraft, type BirthDraft, type BirthErrors } from './family-form'

export interface BirthRecord {
  /** The pregnancy that ended with this birth. */
  lmp: string
  today: string
  /** Children already on record: the family's limit counts the babies too. */
  childCount: number
  value: BirthDraft
  onChange: (value: BirthDraft) => void
  /** Saved: the babies (`added`, in the order typed) are children now and the pregnancy record has ended. */
  onSaved: (profile: ProfileDto, added: Child[]) => void
}

/** Only the errors already shown, as they stand now: fixed ones go, new ones wait for 保存. */
const stillShown = (shown: BirthErrors, found: BirthErrors): BirthErrors =>
  Object.fromEntries(Object.keys(shown).filter((key) => found[key]).map((key) => [key, found[key]]))

/** The errors shown, moved up one baby past the removed one (its own go with it). */
function withoutBaby(shown: BirthErrors, removed: number): BirthErrors {
  const moved: BirthErrors = {}
  for (const [key, message] of Object.entries(shown)) {
    const match = /^(\d+)\.(.+)$/.exec(key)
    const index = match ? Number(match[1]) : -1
    if (!match) moved[key] = message
    else if (index !== removed) moved[`${index > removed ? index - 1 : index}.${match[2]}`] = message
  }
  return moved
}

/**
 * 宝宝出生了: the birth date and each baby's name and sex (twins and more add a block each,
 * all born on the one date) are checked by the backend's rules (src/domain/pregnancy-outcome),
 * then one save adds the babies and ends the pregnancy record.
 */
export function useBirthRecord({ lmp, today, childCount, value, onChange, onSaved }: BirthRecord) {
  const endPregnancy = useFamilyStore((state) => state.endPregnancy)
  const saving = useSubmit((key: string, children: Omit<Child, 'id'>[]) => endPregnancy({ lmp, outcome: 'born', children }, key))
  const [errors, setErrors] = useState<BirthErrors>({})

  const check = (draft: BirthDraft): BirthErrors =>
    newbornFieldErrors(pregnancyEndErrors({ lmp, outcome: 'born', children: newbornsFromDraft(draft) }, childCount, today))

  function change(next: BirthDraft, shown = errors) {
    onChange(next)
    if (hasErrors(errors)) setErrors(stillShown(shown, check(next)))
  }

  async function save() {
    const found = check(value)
    setErrors(found)
    if (hasErrors(found)) return
    // The babies are the children the answer holds that the family did not have before.
    const known = new Set((useFamilyStore.getState().profile?.family.children ?? []).map((child) => child.id))
    const result = await saving.submit(newbornsFromDraft(value))
    if (result.ok) {
      forgetVisitReminder()
      onSaved(result.value, result.value.family.children.filter((child) => !known.has(child.id)))
      return
    }
    const atFields = newbornFieldErrors(result.error.fieldErrors ?? {})
    if (result.error.code === 'VALIDATION' && hasErrors(atFields)) setErrors(atFields)
    else void Taro.showToast({ title: T.saveFailed(result.error.message), icon: 'none' })
  }

  return {
    errors,
    range: birthDateRange(lmp, today),
    pending: saving.pending,
    canAddBaby: value.babies.length < MAX_BABIES,
    change,
    addBaby: () => change({ ...value, babies: [...value.babies, emptyBaby()] }),
    removeBaby: (index: number) => change({ ...value, babies: value.babies.filter((_, i) => i !== index) }, withoutBaby(errors, index)),
    save,
  }
}
