import Taro from '@tarojs/taro'
import { useState } from 'react'
import { articleErrors } from '@/domain/article'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import type { EditableArticle } from '@/contract/guidance'
import { useDraft } from '@/hooks/use-draft'
import { EDITOR_TEXTS as T } from '../texts'
import { draftFromArticle, EMPTY_EDITOR, inputFromDraft, recheckedErrors, type CheckMode, type EditorDraft } from './editor-form'

/**
 * The editor's form: what is typed is kept as a draft on the phone (under `draftKey`) until it
 * is saved or discarded, over the stored article; its errors, and the preview switch.
 * `onEdit` runs on every change (the last save's failure no longer applies to what is shown).
 */
export function useEditorForm(draftKey: string, article: EditableArticle | null, onEdit: () => void) {
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<EditorDraft>(draftKey)
  const [errors, setErrors] = useState<FieldErrors>({})
  // Errors shown are re-checked as the user types, by the same rules that found them.
  const [checkedAs, setCheckedAs] = useState<CheckMode>('draft')
  const [preview, setPreview] = useState(false)
  const form = draft ?? (article ? draftFromArticle(article) : EMPTY_EDITOR)

  function change(patch: Partial<EditorDraft>) {
    const next = { ...form, ...patch }
    setDraft(next)
    onEdit()
    if (hasErrors(errors)) setErrors(recheckedErrors(errors, next, checkedAs))
  }

  /** Shows what the rules of `mode` find in the form; true when there is nothing to fix. */
  function check(mode: CheckMode): boolean {
    const found = articleErrors(inputFromDraft(form), mode)
    setCheckedAs(mode)
    setErrors(found)
    if (!hasErrors(found)) return true
    setPreview(false)
    void Taro.showToast({ title: T.fixErrors, icon: 'none' })
    return false
  }

  return {
    form,
    errors,
    setErrors,
    change,
    check,
    clearDraft,
    /** A draft from an earlier visit was restored and is still unsaved. */
    restored: restoredAtOpen && draft !== null,
    discard: () => {
      clearDraft()
      setErrors({})
    },
    preview,
    togglePreview: () => setPreview(!preview),
  }
}
