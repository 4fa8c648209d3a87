import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import type { FamilyCareDto, PhoneInInput } from '@/contract/care'
import { hasErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { replacePage } from '@/navigation'
import { ROUTES } from '@/routes'
import { PHONE_IN_TEXTS as T } from '../care-texts'
import { helpApi } from '../service'
import { REQUEST_TEXTS } from '../texts'
import { emptyPhoneIn, phoneInErrors, phoneInInput, withoutPhoneInErrorsOf, type PhoneInDraft, type PhoneInErrors } from './phone-in-form'

/**
 * 代为登记求助 (电话代录): a family phoned their contact, who files the request for them. The
 * family's own rules apply, and the contact confirms the family agreed to it on the phone. What is
 * typed is kept per contact and family until sent; one idempotency key covers every retry; the
 * new request opens in place of the form.
 */
export function usePhoneIn(userId: string, family: FamilyCareDto) {
  const today = useToday()
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<PhoneInDraft>(`care-phone-in:${userId}:${family.familyId}`)
  const [errors, setErrors] = useState<PhoneInErrors>({})
  const submit = useSubmit((key: string, request: PhoneInInput) => helpApi().call('care.phoneIn', { familyId: family.familyId, request }, { idempotencyKey: key }))

  const form = draft ?? emptyPhoneIn(family, today)

  const change = (patch: Partial<PhoneInDraft>) => {
    setDraft({ ...form, ...patch })
    setErrors((current) => withoutPhoneInErrorsOf(current, patch))
    submit.clearError()
  }

  async function send() {
    const found = phoneInErrors(form, today)
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: REQUEST_TEXTS.fixErrors, icon: 'none' })
      return
    }
    const result = await submit.submit(phoneInInput(form))
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.done, icon: 'success' })
      replacePage(ROUTES.helpDetail, { id: result.value.id })
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors as PhoneInErrors)
  }

  return {
    today,
    form,
    errors,
    change,
    send: () => void send(),
    pending: submit.pending,
    failure: submit.error && submit.error.code !== 'VALIDATION' ? submit.error.message : null,
    restored: restoredAtOpen && draft !== null,
  }
}
