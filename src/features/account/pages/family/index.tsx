import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ConsentSheet } from '@/components/consent-sheet'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { holdsSensitiveData, validateFamilyProfile } from '@/domain/family'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { goBack, openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { userMessage, type ProfileDto } from '@/services'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { BirthEditor, EMPTY_NEWBORN, type NewbornDraft } from '../../components/birth-editor'
import { ChildEditor } from '../../components/child-editor'
import { PregnancyEditor } from '../../components/pregnancy-editor'
import { draftFromProfile, inputFromDraft, newChildKey, type FamilyDraft } from '../../family-form'
import { FAMILY_TEXTS as T } from '../../texts'
import { SignInFirst } from '@/components/page-gates'
import { useToday } from '@/app/clock'

export default function FamilyPage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  if (!userId) {
    return (
      <SignInFirst message={T.signInFirst} />
    )
  }
  // Keyed by user: another account must never see this one's unsaved draft.
  return <FamilyEditor key={userId} userId={userId} />
}

function FamilyEditor({ userId }: { userId: string }) {
  const { profile, status, error: loadError, load, save, grantConsent } = useFamilyStore()
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<FamilyDraft>(`family:${userId}`)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [askConsent, setAskConsent] = useState(false)
  const [consentRefused, setConsentRefused] = useState(false)
  const [consentPending, setConsentPending] = useState(false)
  const saving = useSubmit((key: string, input: ReturnType<typeof inputFromDraft>) => save(input, key))
  const today = useToday()
  // 宝宝出生了 on 首页 or in 婚孕检 opens this page with the baby's form showing.
  const bornAsked = useRouter().params.outcome === 'born'
  const birth = useDraft<NewbornDraft>(`family-birth:${userId}`)
  const [birthClosed, setBirthClosed] = useState(false)
  const ending = useEndPregnancy(() => {
    if (draft) setDraft({ ...draft, pregnant: false, lmp: '' })
    setErrors({})
  })

  useLoad(() => void load())

  const form: FamilyDraft | null = draft ?? (profile ? draftFromProfile(profile) : null)
  const savedFamily = profile?.family ?? null
  const recordedLmp = savedFamily?.pregnancy?.lmp ?? null
  const birthOpen = recordedLmp !== null && (birth.draft !== null || (bornAsked && !birthClosed))

  /** The baby is one of the children now; unsaved edits elsewhere in the form stay as they were. */
  function babyAdded(saved: ProfileDto, name: string) {
    birth.clearDraft()
    setBirthClosed(true)
    if (draft) {
      const known = new Set(draft.children.map((child) => child.id))
      const added = saved.family.children.filter((child) => !known.has(child.id)).map((child) => ({ ...child, key: child.id }))
      setDraft({ ...draft, pregnant: false, lmp: '', children: [...draft.children, ...added] })
    }
    setErrors({})
    void Taro.showToast({ title: T.babySaved(name), icon: 'none' })
  }

  function change(next: FamilyDraft) {
    setDraft(next)
    setConsentRefused(false)
    saving.clearError()
    // Errors already shown update as the user fixes them; new ones wait for 保存.
    if (hasErrors(errors)) {
      const input = inputFromDraft(next)
      const now = validateFamilyProfile(
        { ...input, children: input.children.map((child) => ({ ...child, id: child.id ?? '' })) },
        today,
        savedFamily,
      )
      setErrors(Object.fromEntries(Object.keys(errors).filter((key) => now[key]).map((key) => [key, now[key]])))
    }
  }

  async function submit(consentJustGiven = false) {
    if (!form || !profile) return
    const input = inputFromDraft(form)
    // A pregnancy date left as saved is not re-checked: past 42 weeks the form asks how the
    // pregnancy ended, and never blocks saving the rest.
    const found = validateFamilyProfile(
      { ...input, children: input.children.map((child) => ({ ...child, id: child.id ?? '' })) },
      today,
      savedFamily,
    )
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    if (!consentJustGiven && holdsSensitiveData(input) && !profile.consents.familyHealth) {
      setAskConsent(true)
      return
    }
    const result = await saving.submit(input)
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.saved, icon: 'success' })
      goBack()
      return
    }
    if (result.error.code === 'VALIDATION' && result.error.fieldErrors) setErrors(result.error.fieldErrors)
    if (result.error.code === 'CONSENT_REQUIRED') setAskConsent(true)
  }

  async function agree() {
    setConsentPending(true)
    try {
      await grantConsent('family-health')
      setAskConsent(false)
      await submit(true)
    } catch (error) {
      setAskConsent(false)
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    } finally {
      setConsentPending(false)
    }
  }

  const showSaveError = saving.error && saving.error.code !== 'VALIDATION' && saving.error.code !== 'CONSENT_REQUIRED'

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <ListState status={form ? 'ready' : status} errorMessage={userMessage(loadError)} onRetry={() => void load()}>
        {form && (
          <View>
            {restoredAtOpen && draft && (
              <Notice tone="info" message={T.restored} actions={[{ label: T.discard, onClick: () => { clearDraft(); setErrors({}) } }]} />
            )}
            {showSaveError && (
              <Notice tone="error" message={T.saveFailed(saving.error!.message)} actions={[{ label: T.retry, onClick: () => void submit() }]} />
            )}
            {consentRefused && <Notice tone="info" message={T.consentRefused} />}

            <Text className="heading">{T.pregnancySection}</Text>
            {birthOpen && recordedLmp ? (
              <BirthEditor
                lmp={recordedLmp}
                today={today}
                value={birth.draft ?? EMPTY_NEWBORN}
                onChange={birth.setDraft}
                onSaved={babyAdded}
                onCancel={() => {
                  birth.clearDraft()
                  setBirthClosed(true)
                }}
              />
            ) : (
              <PregnancyEditor
                pregnant={form.pregnant}
                lmp={form.lmp}
                error={errors['pregnancy.lmp']}
                today={today}
                savedLmp={recordedLmp}
                ending={ending.pending}
                onChange={(next) => change({ ...form, ...next })}
                onBorn={() => birth.setDraft(EMPTY_NEWBORN)}
                onEnded={() => recordedLmp && void ending.askAndEnd(recordedLmp)}
              />
            )}

            <Text className="heading">{T.childrenSection}</Text>
            {errors.children && <Notice tone="error" message={errors.children} />}
            {form.children.length === 0 && <Text className="text-secondary block">{T.noChildren}</Text>}
            {form.children.map((child, index) => (
              <ChildEditor
                key={child.key}
                child={child}
                index={index}
                errors={errors}
                today={today}
                onChange={(next) => change({ ...form, children: form.children.map((c, i) => (i === index ? next : c)) })}
                onRemove={() => {
                  change({ ...form, children: form.children.filter((_, i) => i !== index) })
                  setErrors({})
                }}
              />
            ))}
            <Button
              className="btn btn--secondary btn--block"
              onClick={() => change({ ...form, children: [...form.children, { key: newChildKey(), name: '', birthDate: '', gender: '' }] })}
            >
              {T.addChild}
            </Button>
            <View className="row-gap" />
            {/* No `loading` prop: on H5 the Button web component inserts its spinner among the
                children React owns, and React's next update throws (insertBefore). */}
            <Button className="btn btn--primary btn--block" onClick={() => void submit()} disabled={saving.pending}>
              {saving.pending ? T.saving : T.save}
            </Button>
          </View>
        )}
      </ListState>
      {askConsent && (
        <ConsentSheet
          title={T.consentTitle}
          points={T.consentPoints}
          pending={consentPending}
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
