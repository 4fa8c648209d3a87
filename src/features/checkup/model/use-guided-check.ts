import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useToday } from '@/app/clock'
import { chinaDate } from '@/domain/dates'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useQuery } from '@/hooks/use-query'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { checkupApi } from '../service'
import { GUIDE_TEXTS as T } from '../texts'
import { answersFromDraft, changeGuide, draftFromAnswers, guideErrors, guideFromFamily, type GuideDraft, type PrefilledField } from './guide-form'
import { useSaveGuideAnswers } from './save-guide-answers'

/** What the family profile knows, for the signed-in person only; signed out, nothing is known. */
function useFamilyOnRecord(userId: string | null) {
  const loadFamily = useFamilyStore((state) => state.load)
  const family = useFamilyStore((state) => (userId && state.userId === userId ? state.profile?.family ?? null : null))
  useEffect(() => {
    if (userId) void loadFamily()
  }, [userId, loadFamily])
  return family
}

/**
 * 哪些检查适合我: the answers as typed (a draft kept on the phone), else the saved ones, else what
 * the family profile already knows; the result once they are complete; saving them.
 */
export function useGuidedCheck() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const today = useToday()
  // One draft per phone, so answers typed before signing in are still there to save after;
  // signing out or switching identity clears it (see session store).
  const { draft, setDraft, clearDraft } = useDraft<GuideDraft>('checkup-guide')
  const saved = useQuery(() => (userId ? checkupApi().call('checkup.myAnswers') : Promise.resolve(null)), [userId], { refreshOnShow: false })
  const districts = useQuery(async () => (await checkupApi().call('checkup.institutions')).districts, [], { refreshOnShow: false })
  const family = useFamilyOnRecord(userId)
  const [errors, setErrors] = useState<FieldErrors>({})
  const saving = useSaveGuideAnswers({
    onSaved(answers) {
      saved.setData(answers)
      clearDraft()
    },
    onFieldErrors: setErrors,
  })

  const form = draft ?? (saved.data ? draftFromAnswers(saved.data.answers) : guideFromFamily(family, today))

  function change(patch: Parameters<typeof changeGuide>[1]) {
    setDraft(changeGuide(form, patch))
    setErrors({})
    saving.consent.forgetRefusal()
  }

  function showResult() {
    const found = guideErrors(form, today)
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    setDraft({ ...form, showResult: true })
  }

  return {
    today,
    signedIn: userId !== null,
    form,
    errors,
    districts: districts.data ?? [],
    /** The note under an answer taken from the family profile. */
    prefilled: (field: PrefilledField) => (form.prefilled?.includes(field) ? T.prefilled : undefined),
    change,
    showResult,
    /** The answers to advise on, once 查看结果 was pressed with valid answers. */
    result: form.showResult ? answersFromDraft(form) : null,
    /** The day the answers shown were saved; null while they differ from the saved ones. */
    savedOn: !draft && saved.data ? chinaDate(Date.parse(saved.data.savedAt)) : null,
    save: () => saving.save(answersFromDraft(form)),
    saving,
  }
}
