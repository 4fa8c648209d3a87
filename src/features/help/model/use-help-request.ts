import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import type { HelpOverview } from '@/contract/help'
import type { HelpField, HelpForm } from '@/domain/help'
import { hasErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { helpApi } from '../service'
import { REQUEST_TEXTS as T } from '../texts'
import { emptyRequest, helpInput, requestErrors, withoutErrorsOf, type RequestDraft, type RequestErrors } from './help-request-form'
import { prefillFrom } from './request-prefill'

/**
 * 我要求助: a special family writes a request and sends it to their two contacts. Sharing it is
 * agreed to on the form itself (the tick box) the first time, and recorded just before the first
 * send; one idempotency key covers every retry of the same request, so a lost answer cannot make
 * two. The new request opens once sent. A link may fill in the type and the need (我的三个全覆盖's
 * 帮我联系签约, 帮我申请) on a new form only: a draft already begun is never replaced.
 */
export function useHelpRequest(userId: string, overview: HelpOverview) {
  const today = useToday()
  // Everything typed is kept on this phone until it is sent: a failed send or a reload loses nothing.
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<RequestDraft>(`help-request:${userId}`)
  const [errors, setErrors] = useState<RequestErrors>({})
  // Consent withdrawn (in 我的 → 隐私与授权) while this form was open: the backend refuses the
  // send, and the form asks for the tick again instead of offering a 重试 that cannot succeed.
  const [consentWithdrawn, setConsentWithdrawn] = useState(false)
  const submit = useSubmit(async (key: string, form: HelpForm, needsConsent: boolean) => {
    if (needsConsent) await helpApi().call('help.consent')
    return helpApi().call('help.submit', { request: helpInput(form) }, { idempotencyKey: key })
  })

  const { params } = useRouter()
  const form = draft ?? { ...emptyRequest(overview, today), ...prefillFrom(params) }
  const needsConsent = overview.consentedAt === null || consentWithdrawn

  // The live length check still speaks for itself after an edit.
  const change = (patch: Partial<RequestDraft>) => {
    setDraft({ ...form, ...patch })
    setErrors((current) => withoutErrorsOf(current, patch))
    submit.clearError()
  }

  async function send() {
    const found = requestErrors(form, today, needsConsent)
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    const result = await submit.submit(form, needsConsent)
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.done, icon: 'none', duration: 2500 })
      openPage(ROUTES.helpDetail, { id: result.value.id })
      return
    }
    if (result.error.code === 'CONSENT_REQUIRED') {
      setConsentWithdrawn(true)
      setDraft({ ...form, consentTicked: false })
      setErrors({ consent: result.error.message })
      submit.clearError()
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors as Partial<Record<HelpField, string>>)
  }

  return {
    today,
    form,
    errors,
    change,
    send,
    needsConsent,
    contactNames: overview.contacts.map((contact) => contact.name).join('、'),
    pending: submit.pending,
    // Field problems are shown at their fields; anything else above the form, with 重试.
    failure: submit.error && submit.error.code !== 'VALIDATION' ? submit.error.message : null,
    restored: restoredAtOpen && draft !== null,
  }
}
