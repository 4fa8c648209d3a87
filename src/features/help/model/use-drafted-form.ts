import Taro from '@tarojs/taro'
import { useState } from 'react'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'

interface DraftedForm<D, I, R> {
  /** Where the draft is kept on this phone (per user and family). */
  draftKey: string
  empty: () => D
  /** The rules the backend also applies, checked before sending. */
  check: (form: D) => FieldErrors
  toInput: (form: D) => I
  send: (idempotencyKey: string, input: I) => Promise<R>
  /** Said when a field is wrong and nothing was sent. */
  fixErrorsText: string
  onSaved: (result: R) => void
}

/**
 * A contact's form for a family (记录联系, 代为登记求助): what is typed is kept on the phone until
 * it is saved, the rules are checked before sending, an error is cleared as its field changes,
 * one idempotency key covers every retry, and the backend's field errors land at the fields.
 */
export function useDraftedForm<D extends object, I, R>({ draftKey, empty, check, toInput, send, fixErrorsText, onSaved }: DraftedForm<D, I, R>) {
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<D>(draftKey)
  const [errors, setErrors] = useState<FieldErrors>({})
  const submit = useSubmit(send)
  const form = draft ?? empty()

  const change = (patch: Partial<D>) => {
    setDraft({ ...form, ...patch })
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))))
    submit.clearError()
  }

  async function save() {
    const found = check(form)
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: fixErrorsText, icon: 'none' })
      return
    }
    const result = await submit.submit(toInput(form))
    if (result.ok) {
      clearDraft()
      onSaved(result.value)
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors)
  }

  return {
    form,
    errors,
    change,
    send: () => void save(),
    pending: submit.pending,
    // Field problems are shown at their fields; anything else above the form, with 重试.
    failure: submit.error && submit.error.code !== 'VALIDATION' ? submit.error.message : null,
    restored: restoredAtOpen && draft !== null,
  }
}
