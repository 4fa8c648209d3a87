import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useConsentGate } from '@/components/consent-gate'
import type { SituationInput } from '@/contract/support'
import { DEFAULT_SITUATION, parseWage } from '@/domain/support-profile'
import type { FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { goBack } from '@/navigation'
import { supportApi } from '../service'
import { SITUATION_TEXTS as T } from '../texts'

/** The form as typed: the wage stays text until saved, so nothing typed is lost to parsing. */
export type SituationDraft = Omit<SituationInput, 'averageMonthlyWage'> & { wage: string }

export type SituationField = 'region' | 'motherInsured' | 'wage' | 'deductionSplit' | 'expectedBabies' | 'difficultBirth'

const draftOf = (situation: SituationInput): SituationDraft => {
  const { averageMonthlyWage, ...rest } = situation
  return { ...rest, wage: averageMonthlyWage === null ? '' : String(averageMonthlyWage) }
}

/** The wage is asked (and kept) only for a mother in 生育保险: once she answers 否 it is not said. */
const wageOf = (draft: SituationDraft): number | null | undefined => (draft.motherInsured ? parseWage(draft.wage) : null)

function errorsOf(draft: SituationDraft): FieldErrors<SituationField> {
  return wageOf(draft) === undefined ? { wage: T.wageError } : {}
}

/**
 * 我的情况: the few facts the figures need, kept as a draft on the phone until saved (a reload or
 * a failed save loses nothing), checked at the field, and saved under the family-health consent.
 */
export function useSituationForm(userId: string) {
  const mine = useQuery(() => supportApi().call('support.mine'), [userId], { failedText: T.loadFailed, refreshOnShow: false })
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<SituationDraft>(`support-situation:${userId}`)
  const [errors, setErrors] = useState<FieldErrors<SituationField>>({})
  const consent = useConsentGate('family-health')
  const saving = useSubmit((key: string, situation: SituationInput) => supportApi().call('support.saveSituation', { situation }, { idempotencyKey: key }))

  const form = draft ?? (mine.data ? draftOf(mine.data.situation ?? DEFAULT_SITUATION) : null)

  function change(next: SituationDraft) {
    setDraft(next)
    consent.forgetRefusal()
    saving.clearError()
    if (errors.wage) setErrors(errorsOf(next))
  }

  async function save() {
    if (!form) return
    const found = errorsOf(form)
    setErrors(found)
    const wage = wageOf(form)
    if (found.wage || wage === undefined) return
    const { wage: _typed, ...rest } = form
    const result = await saving.submit({ ...rest, averageMonthlyWage: wage })
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.saved, icon: 'success' })
      goBack()
      return
    }
    const fieldErrors = result.error.fieldErrors ?? {}
    if (result.error.code === 'VALIDATION') {
      setErrors({ ...fieldErrors, ...(fieldErrors.averageMonthlyWage ? { wage: fieldErrors.averageMonthlyWage } : {}) })
    }
    consent.askedFor(result.error)
  }

  const { error } = saving
  return {
    mine,
    form,
    errors,
    /** Whether a pregnancy is on record: the number of babies is asked then, 难产 after the birth. */
    expecting: mine.data?.calendar?.estimated ?? false,
    born: mine.data?.calendar ? !mine.data.calendar.estimated : false,
    restored: restoredAtOpen && draft !== null,
    pending: saving.pending,
    failure: error && error.code !== 'VALIDATION' && error.code !== 'CONSENT_REQUIRED' ? error.message : null,
    consentRefused: consent.refused,
    change,
    discard: () => {
      clearDraft()
      setErrors({})
    },
    save: () => void save(),
    consentSheet: (texts: { title: string; points: string[] }) => consent.sheet(texts, save),
  }
}
