import Taro from '@tarojs/taro'
import { useConsentGate } from '@/components/consent-gate'
import type { DateString } from '@/domain/dates'
import { holdsSensitiveData } from '@/domain/family'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import { goBack } from '@/navigation'
import type { FamilyInput, ProfileDto } from '@/services/types'
import { useFamilyStore } from '@/stores/family-store'
import { FAMILY_TEXTS as T } from '../texts'
import { familyErrors, inputFromDraft, type FamilyDraft } from './family-form'

interface SaveFamily {
  form: FamilyDraft | null
  profile: ProfileDto | null
  today: DateString
  /** The errors found at the form's fields, by this page's checks or the backend's. */
  showErrors: (errors: FieldErrors) => void
  onSaved: () => void
}

/**
 * 保存 on 家庭信息: the backend's checks first (nothing is sent while a field is wrong), the
 * family-health consent before the first sensitive save (PIPL art. 29: separate consent for
 * sensitive data), one idempotency key across retries, then back to the page that opened it.
 */
export function useSaveFamily({ form, profile, today, showErrors, onSaved }: SaveFamily) {
  const save = useFamilyStore((state) => state.save)
  const consent = useConsentGate('family-health')
  const saving = useSubmit((key: string, input: FamilyInput) => save(input, key))

  async function submit(consentJustGiven = false) {
    if (!form || !profile) return
    const found = familyErrors(form, today, profile.family)
    showErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    const input = inputFromDraft(form)
    // The profile says the consent is missing: ask before sending what the backend would refuse.
    if (!consentJustGiven && holdsSensitiveData(input) && !profile.consents.familyHealth) {
      consent.ask()
      return
    }
    const result = await saving.submit(input)
    if (result.ok) {
      onSaved()
      void Taro.showToast({ title: T.saved, icon: 'success' })
      goBack()
      return
    }
    if (result.error.code === 'VALIDATION' && result.error.fieldErrors) showErrors(result.error.fieldErrors)
    consent.askedFor(result.error)
  }

  const { error } = saving
  return {
    pending: saving.pending,
    /** A failure the form cannot show at a field (the network, the server): said above the form. */
    failure: error && error.code !== 'VALIDATION' && error.code !== 'CONSENT_REQUIRED' ? error.message : null,
    consentRefused: consent.refused,
    /** The form changed: the last attempt's failure and refusal no longer apply. */
    forgetAttempt() {
      consent.forgetRefusal()
      saving.clearError()
    },
    save: () => void submit(),
    /** The consent sheet, open after a save asked for it; 同意 saves again, past the consent check. */
    consentSheet: (texts: { title: string; points: string[] }) => consent.sheet(texts, () => submit(true)),
  }
}
