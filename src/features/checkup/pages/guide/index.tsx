import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ChoiceGroup } from '@/components/choice-group'
import { ConsentSheet } from '@/components/consent-sheet'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { chinaDate } from '@/domain/dates'
import { earliestLmp, hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { api, userMessage } from '@/services'
import type { EligibilityAnswers } from '@/domain/checkup-eligibility'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { ChipRow } from '@/components/chip-row'
import { GuideResult } from '../../components/guide-result'
import { answersFromDraft, changeGuide, draftFromAnswers, guideErrors, guideFromFamily, type GuideDraft } from '../../guide-form'
import { checkupApi } from '../../service'
import { GUIDE_TEXTS as T, MARITAL_OPTIONS, RESIDENCY_OPTIONS } from '../../texts'
import '../../checkup.scss'
import { useToday } from '@/app/clock'

const YES_NO = [
  { value: 'yes' as const, label: T.yes },
  { value: 'no' as const, label: T.no },
]

export default function GuidePage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const today = useToday()
  // One draft per phone, so answers typed before signing in are still there to save after;
  // signing out or switching identity clears it (see session store).
  const { draft, setDraft, clearDraft } = useDraft<GuideDraft>('checkup-guide')
  const saved = useLoader(() => (userId ? checkupApi().call('checkup.myAnswers') : Promise.resolve(null)), [userId])
  const districts = useLoader(async () => (await checkupApi().call('checkup.institutions')).districts)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [askConsent, setAskConsent] = useState(false)
  const [consentRefused, setConsentRefused] = useState(false)
  const saving = useSubmit((key: string, answers: EligibilityAnswers) => checkupApi().call('checkup.saveAnswers', { answers }, { idempotencyKey: key }))
  // What the family profile knows fills a fresh form in; signed out, nothing is known.
  const loadFamily = useFamilyStore((state) => state.load)
  const family = useFamilyStore((state) => (userId && state.userId === userId ? state.profile?.family ?? null : null))
  useEffect(() => {
    if (userId) void loadFamily()
  }, [userId, loadFamily])

  const form = draft ?? (saved.data ? draftFromAnswers(saved.data.answers) : guideFromFamily(family, today))
  const savedNow = !draft && saved.data !== null
  const prefilled = (field: 'pregnant' | 'lmp') => (form.prefilled?.includes(field) ? T.prefilled : undefined)

  function change(patch: Parameters<typeof changeGuide>[1]) {
    const next = changeGuide(form, patch)
    setDraft(next)
    setErrors({})
    setConsentRefused(false)
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

  async function save(consentJustGiven = false) {
    if (!consentJustGiven) setConsentRefused(false)
    const result = await saving.submit(answersFromDraft(form))
    if (result.ok) {
      saved.setData(result.value)
      clearDraft()
      void Taro.showToast({ title: T.saved, icon: 'success' })
      return
    }
    if (result.error.code === 'CONSENT_REQUIRED') setAskConsent(true)
    if (result.error.code === 'VALIDATION' && result.error.fieldErrors) setErrors(result.error.fieldErrors)
  }

  async function agree() {
    try {
      await api().call('profile.grantConsent', { scope: 'checkup-answers' })
      setAskConsent(false)
      await save(true)
    } catch (error) {
      setAskConsent(false)
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  const saveError = saving.error && saving.error.code !== 'CONSENT_REQUIRED' && saving.error.code !== 'VALIDATION'

  return (
    <PageShell>
      <Text className="page-title">哪些检查适合我</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <View className="card">
        <FormField label={T.residency} error={errors.residency} required>
          <ChoiceGroup label={T.residency} options={RESIDENCY_OPTIONS} value={form.residency} onChange={(residency) => change({ residency })} />
        </FormField>
        <FormField label={T.marital} error={errors.marital} required>
          <ChoiceGroup label={T.marital} options={MARITAL_OPTIONS} value={form.marital} onChange={(marital) => change({ marital })} />
        </FormField>
        <FormField label={T.pregnant} error={errors.pregnant} hint={prefilled('pregnant')} required>
          <ChoiceGroup label={T.pregnant} options={YES_NO} value={form.pregnant} onChange={(pregnant) => change({ pregnant })} />
        </FormField>
        {form.pregnant === 'yes' && (
          <FormField label={T.lmp} error={errors.lmp} hint={prefilled('lmp')} required>
            <DateField value={form.lmp} label={T.lmp} start={earliestLmp(today)} end={today} onChange={(lmp) => change({ lmp })} />
          </FormField>
        )}
        {form.pregnant === 'no' && (
          <FormField label={T.planning} error={errors.planning} required>
            <ChoiceGroup label={T.planning} options={YES_NO} value={form.planning} onChange={(planning) => change({ planning })} />
          </FormField>
        )}
        <FormField label={T.district}>
          <ChipRow
            label={T.district}
            value={form.district}
            onChange={(district) => change({ district })}
            chips={[{ value: '', label: '不限' }, ...(districts.data ?? []).map((name) => ({ value: name, label: name }))]}
          />
        </FormField>
        <Button className="btn btn--primary btn--block" onClick={showResult}>
          {T.submit}
        </Button>
      </View>

      {form.showResult && (
        <View>
          <GuideResult answers={answersFromDraft(form)} today={today} />
          {saveError && (
            <Notice tone="error" message={T.saveFailed(saving.error!.message)} actions={[{ label: '重新保存', onClick: () => void save() }]} />
          )}
          {consentRefused && <Notice tone="info" message={T.consentRefused} />}
          {!userId ? (
            <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.signIn)}>
              {T.signInToSave}
            </Button>
          ) : savedNow ? (
            <Text className="text-secondary block">{T.savedAt(chinaDate(Date.parse(saved.data!.savedAt)))}</Text>
          ) : (
            <Button className="btn btn--primary btn--block" disabled={saving.pending} onClick={() => void save()}>
              {saving.pending ? T.saving : T.save}
            </Button>
          )}
        </View>
      )}

      {askConsent && (
        <ConsentSheet
          title={T.consentTitle}
          points={T.consentPoints}
          onAgree={() => void agree()}
          onRefuse={() => {
            setAskConsent(false)
            setConsentRefused(true)
          }}
          onOpenPolicy={() => openPage(ROUTES.privacy)}
        />
      )}
    </PageShell>
  )
}
