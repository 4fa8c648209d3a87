import Taro from '@tarojs/taro'
import { useConsentGate } from '@/components/consent-gate'
import type { SavedAnswers } from '@/contract/checkup'
import type { EligibilityAnswers } from '@/domain/checkup-eligibility'
import type { FieldErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import { checkupApi } from '../service'
import { GUIDE_TEXTS as T } from '../texts'

/** Answered where they belong (the consent sheet, the fields); any other failure is shown with 重新保存. */
const ANSWERED_ELSEWHERE = ['CONSENT_REQUIRED', 'VALIDATION']

/**
 * 保存到我的资料: the answers say whether someone plans or has a pregnancy, so the backend keeps
 * them only with the guided check's own consent (checkup-answers), asked for when it answers
 * CONSENT_REQUIRED.
 */
export function useSaveGuideAnswers({ onSaved, onFieldErrors }: { onSaved: (saved: SavedAnswers) => void; onFieldErrors: (errors: FieldErrors) => void }) {
  const consent = useConsentGate('checkup-answers')
  const saving = useSubmit((key: string, answers: EligibilityAnswers) => checkupApi().call('checkup.saveAnswers', { answers }, { idempotencyKey: key }))

  async function save(answers: EligibilityAnswers) {
    consent.forgetRefusal()
    const result = await saving.submit(answers)
    if (result.ok) {
      onSaved(result.value)
      void Taro.showToast({ title: T.saved, icon: 'success' })
      return
    }
    if (consent.askedFor(result.error)) return
    if (result.error.code === 'VALIDATION' && result.error.fieldErrors) onFieldErrors(result.error.fieldErrors)
  }

  const failure = saving.error && !ANSWERED_ELSEWHERE.includes(saving.error.code) ? saving.error.message : null
  return { save, pending: saving.pending, failure, consent }
}
