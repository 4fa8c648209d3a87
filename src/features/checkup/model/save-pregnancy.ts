import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import { useConsentGate } from '@/components/consent-gate'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { useFamilyStore } from '@/stores/family-store'
import { checkupApi } from '../service'
import { TIMELINE_TEXTS as T } from '../texts'
import { lmpFromDraft, type PregnancyDraft } from './pregnancy-form'

const EMPTY: PregnancyDraft = { mode: 'lmp', date: '' }

/** Answered where they belong (the consent sheet, the date field); any other failure is shown with 重新保存. */
const ANSWERED_ELSEWHERE = ['CONSENT_REQUIRED', 'VALIDATION']

/**
 * 记录孕期 / 修改末次月经: the pregnancy is part of the family record, so it is saved with the
 * children on record, under the family-health consent (asked for when the backend answers
 * CONSENT_REQUIRED). The form is a draft that survives a failed save and a reload.
 */
export function useSavePregnancy(userId: string, onSaved: () => void) {
  const today = useToday()
  const lmpDraft = useDraft<PregnancyDraft>(`checkup-lmp:${userId}`)
  const [error, setError] = useState<string | undefined>()
  const consent = useConsentGate('family-health')
  const profile = useFamilyStore((state) => state.profile)
  const saveFamily = useFamilyStore((state) => state.save)
  const saving = useSubmit(async (key: string, lmp: string) => {
    const current = profile ?? (await checkupApi().call('profile.get'))
    const children = current.family.children.map(({ id, name, birthDate, gender }) => ({ id, name, birthDate, gender }))
    return saveFamily({ children, pregnancy: { lmp } }, key)
  })
  const draft = lmpDraft.draft ?? EMPTY

  async function save() {
    const parsed = lmpFromDraft(draft, today)
    if ('error' in parsed) {
      setError(parsed.error)
      return
    }
    setError(undefined)
    consent.forgetRefusal()
    const result = await saving.submit(parsed.lmp)
    if (result.ok) {
      lmpDraft.clearDraft()
      onSaved()
      void Taro.showToast({ title: T.saved, icon: 'success' })
      return
    }
    if (consent.askedFor(result.error)) return
    if (result.error.code === 'VALIDATION') setError(result.error.fieldErrors?.['pregnancy.lmp'] ?? result.error.message)
  }

  return {
    draft,
    /** The form is open over a recorded pregnancy (or still holds unsaved input). */
    editing: lmpDraft.draft !== null,
    error,
    pending: saving.pending,
    failure: saving.error && !ANSWERED_ELSEWHERE.includes(saving.error.code) ? saving.error.message : null,
    consent,
    save,
    edit: (lmp: string) => lmpDraft.setDraft({ mode: 'lmp', date: lmp }),
    change(changed: PregnancyDraft) {
      lmpDraft.setDraft(changed)
      setError(undefined)
    },
    cancel: lmpDraft.clearDraft,
  }
}
