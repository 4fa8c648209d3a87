import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useToday } from '@/app/clock'
import { userMessage } from '@/contract/errors'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import type { ProfileDto } from '@/services/types'
import { useFamilyStore } from '@/stores/family-store'
import { FAMILY_TEXTS as T } from '../texts'
import { draftFromProfile, EMPTY_NEWBORN, emptyChild, familyErrors, type ChildDraft, type FamilyDraft, type NewbornDraft } from './family-form'
import { useSaveFamily } from './use-save-family'

/**
 * 宝宝出生了 on 首页 or in 婚孕检 opens the family page with the baby's form showing
 * (`?outcome=born`); a pregnancy on record is needed for it. Typing keeps a draft, so a reload
 * or a failed save loses nothing.
 */
function useBirthStep(userId: string, recordedLmp: string | null, onAdded: (saved: ProfileDto, name: string) => void) {
  const bornAsked = useRouter().params.outcome === 'born'
  const birth = useDraft<NewbornDraft>(`family-birth:${userId}`)
  const [closed, setClosed] = useState(false)
  const close = () => {
    birth.clearDraft()
    setClosed(true)
  }
  return {
    open: recordedLmp !== null && (birth.draft !== null || (bornAsked && !closed)),
    value: birth.draft ?? EMPTY_NEWBORN,
    change: birth.setDraft,
    start: () => birth.setDraft(EMPTY_NEWBORN),
    close,
    saved(profile: ProfileDto, name: string) {
      close()
      onAdded(profile, name)
    },
  }
}

/**
 * 家庭信息: the saved family as an editable draft (kept per user until saved or discarded),
 * errors shown at their fields and cleared as they are fixed, the baby's form when a pregnancy
 * ends in a birth, and 保存 (use-save-family.ts).
 */
export function useFamilyEditor(userId: string) {
  const { profile, status, loadError, load } = useFamilyStore(
    useShallow((state) => ({ profile: state.profile, status: state.status, loadError: state.error, load: state.load })),
  )
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<FamilyDraft>(`family:${userId}`)
  const [errors, setErrors] = useState<FieldErrors>({})
  const today = useToday()
  const ending = useEndPregnancy(() => {
    if (draft) setDraft({ ...draft, pregnant: false, lmp: '' })
    setErrors({})
  })

  useLoad(() => void load())

  const form: FamilyDraft | null = draft ?? (profile ? draftFromProfile(profile) : null)
  const savedFamily = profile?.family ?? null
  const recordedLmp = savedFamily?.pregnancy?.lmp ?? null
  const saving = useSaveFamily({ form, profile, today, showErrors: setErrors, onSaved: clearDraft })

  /** The baby is one of the children now; unsaved edits elsewhere in the form stay as they were. */
  const birth = useBirthStep(userId, recordedLmp, (saved, name) => {
    if (draft) {
      const known = new Set(draft.children.map((child) => child.id))
      const added = saved.family.children.filter((child) => !known.has(child.id)).map((child) => ({ ...child, key: child.id }))
      setDraft({ ...draft, pregnant: false, lmp: '', children: [...draft.children, ...added] })
    }
    setErrors({})
    void Taro.showToast({ title: T.babySaved(name), icon: 'none' })
  })

  function change(next: FamilyDraft) {
    setDraft(next)
    saving.forgetAttempt()
    // Errors already shown update as the user fixes them; new ones wait for 保存.
    if (hasErrors(errors)) {
      const found = familyErrors(next, today, savedFamily)
      setErrors(Object.fromEntries(Object.keys(errors).filter((key) => found[key]).map((key) => [key, found[key]])))
    }
  }
  const withChildren = (children: ChildDraft[]) => form && change({ ...form, children })

  return {
    form,
    errors,
    today,
    recordedLmp,
    birth,
    ending,
    saving,
    loadState: { status: form ? 'ready' : status, errorMessage: userMessage(loadError), onRetry: () => void load() } as const,
    restored: restoredAtOpen && draft !== null,
    change,
    discard() {
      clearDraft()
      setErrors({})
    },
    editChild: (index: number, next: ChildDraft) => form && withChildren(form.children.map((child, i) => (i === index ? next : child))),
    removeChild(index: number) {
      if (form) withChildren(form.children.filter((_, i) => i !== index))
      setErrors({})
    },
    addChild: () => form && withChildren([...form.children, emptyChild()]),
  }
}
