import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useToday } from '@/app/clock'
import { userMessage } from '@/contract/errors'
import type { Child } from '@/domain/family'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { replacePage } from '@/navigation'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import { ROUTES } from '@/routes'
import type { ProfileDto } from '@/services/types'
import { useFamilyStore } from '@/stores/family-store'
import { FAMILY_TEXTS as T } from '../texts'
import { draftFromProfile, emptyBirth, emptyChild, familyErrors, readBirthDraft, type BirthDraft, type ChildDraft, type FamilyDraft } from './family-form'
import { useSaveFamily } from './use-save-family'

/**
 * 宝宝出生了 on 首页, 我的 or in 婚孕检 opens the family page with the baby's form showing
 * (`?outcome=born`); a pregnancy on record is needed for it. Typing keeps a draft (every baby of
 * twins and more too), so a reload or a failed save loses nothing.
 */
function useBirthStep(userId: string, recordedLmp: string | null, onAdded: (saved: ProfileDto, added: Child[]) => void) {
  const bornAsked = useRouter().params.outcome === 'born'
  const birth = useDraft<BirthDraft>(`family-birth:${userId}`)
  const [closed, setClosed] = useState(false)
  // A draft kept by an earlier version (one baby, no list) opens as that baby.
  const value = useMemo(() => (birth.draft ? readBirthDraft(birth.draft) : emptyBirth()), [birth.draft])
  const close = () => {
    birth.clearDraft()
    setClosed(true)
  }
  return {
    open: recordedLmp !== null && (birth.draft !== null || (bornAsked && !closed)),
    value,
    change: birth.setDraft,
    start: () => birth.setDraft(emptyBirth()),
    close,
    saved(profile: ProfileDto, added: Child[]) {
      close()
      onAdded(profile, added)
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

  /**
   * The babies are children now; unsaved edits elsewhere in the form stay as they were. Then the
   * 出生一件事 checklist of the (first) new baby opens: what to do after a birth comes next.
   */
  const birth = useBirthStep(userId, recordedLmp, (saved, added) => {
    if (draft) {
      const known = new Set(draft.children.map((child) => child.id))
      const fresh = saved.family.children.filter((child) => !known.has(child.id)).map((child) => ({ ...child, key: child.id }))
      setDraft({ ...draft, pregnant: false, lmp: '', children: [...draft.children, ...fresh] })
    }
    setErrors({})
    void Taro.showToast({ title: T.babySaved(T.babyNames(added.map((child) => child.name))), icon: 'none' })
    // In place of the filled form: Back from the checklist returns to where 宝宝出生了 was tapped.
    if (added.length > 0) replacePage(ROUTES.supportChecklist, { childId: added[0].id })
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
    childCount: savedFamily?.children.length ?? 0,
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
