import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ConsentSheet } from '@/components/consent-sheet'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { antenatalSchedule, nextVisit } from '@/domain/antenatal-schedule'
import { dueCountdown, dueDateFromLmp, formatGestationalAge, gestationalAge, isPastTerm, TRIMESTER_LABELS, trimesterOf } from '@/domain/pregnancy'
import { OutcomeQuestion } from '@/pregnancy-outcome/outcome-question'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import type { FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { api, userMessage } from '@/services'
import { FAMILY_HEALTH_CONSENT_POINTS } from '@/consent-texts'
import { useFamilyStore } from '@/stores/family-store'
import { useReminderStore } from '@/stores/reminder-store'
import { useSessionStore } from '@/stores/session-store'
import { PregnancySetter } from '../../components/pregnancy-setter'
import { VisitItem } from '../../components/visit-item'
import { lmpFromDraft, type PregnancyDraft } from '../../pregnancy-form'
import { requestVisitReminder } from '../../reminder'
import { checkupApi } from '../../service'
import { CHECKUP_TEXTS, TIMELINE_TEXTS as T } from '../../texts'
import '../../checkup.scss'
import { SignInFirst } from '@/components/page-gates'
import { useToday } from '@/app/clock'

export default function TimelinePage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  if (!userId) {
    return (
      <SignInFirst message={T.signIn} />
    )
  }
  return <Timeline key={userId} userId={userId} />
}

function Timeline({ userId }: { userId: string }) {
  const today = useToday()
  const timeline = useLoader(() => checkupApi().call('checkup.timeline'), [userId])
  const family = useFamilyStore()
  const lmpDraft = useDraft<PregnancyDraft>(`checkup-lmp:${userId}`)
  const [lmpError, setLmpError] = useState<string | undefined>()
  const [askConsent, setAskConsent] = useState(false)
  const [consentRefused, setConsentRefused] = useState(false)
  const [visitErrors, setVisitErrors] = useState<Record<string, FieldErrors>>({})
  const reminder = useReminderStore((state) => state.byUser[userId])
  const setReminder = useReminderStore((state) => state.set)
  const clearReminder = useReminderStore((state) => state.clear)

  const savePregnancy = useSubmit(async (key: string, lmp: string) => {
    const profile = family.profile ?? (await api().call('profile.get'))
    const children = profile.family.children.map(({ id, name, birthDate, gender }) => ({ id, name, birthDate, gender }))
    return family.save({ children, pregnancy: { lmp } }, key)
  })
  const mark = useSubmit((key: string, visitId: string, record: { date: string; note: string }) =>
    checkupApi().call('checkup.markVisit', { visitId, ...record }, { idempotencyKey: key }),
  )
  const unmark = useSubmit((key: string, visitId: string) => checkupApi().call('checkup.unmarkVisit', { visitId }, { idempotencyKey: key }))
  const ending = useEndPregnancy(() => void timeline.reload())

  async function saveLmp(consentJustGiven = false) {
    const parsed = lmpFromDraft(lmpDraft.draft ?? { mode: 'lmp', date: '' }, today)
    if ('error' in parsed) {
      setLmpError(parsed.error)
      return
    }
    setLmpError(undefined)
    if (!consentJustGiven) setConsentRefused(false)
    const result = await savePregnancy.submit(parsed.lmp)
    if (result.ok) {
      lmpDraft.clearDraft()
      // A new pregnancy starts a fresh timeline on the server: fetch it rather than guess.
      void timeline.reload()
      void Taro.showToast({ title: T.saved, icon: 'success' })
      return
    }
    if (result.error.code === 'CONSENT_REQUIRED') setAskConsent(true)
    if (result.error.code === 'VALIDATION') setLmpError(result.error.fieldErrors?.['pregnancy.lmp'] ?? result.error.message)
  }

  async function agree() {
    try {
      await family.grantConsent('family-health')
      setAskConsent(false)
      await saveLmp(true)
    } catch (error) {
      setAskConsent(false)
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  async function markVisit(visitId: string, record: { date: string; note: string }): Promise<boolean> {
    const result = await mark.submit(visitId, record)
    if (result.ok) {
      timeline.setData(result.value)
      setVisitErrors({})
      clearReminder(userId, visitId)
      return true
    }
    setVisitErrors({ [visitId]: result.error.fieldErrors ?? {} })
    if (result.error.code !== 'VALIDATION') void Taro.showToast({ title: `${result.error.message}，已保留您填写的内容`, icon: 'none' })
    return false
  }

  async function unmarkVisit(visitId: string) {
    const result = await unmark.submit(visitId)
    if (result.ok) timeline.setData(result.value)
    else void Taro.showToast({ title: result.error.message, icon: 'none' })
  }

  const recorded = timeline.data?.lmp ?? null
  // From 42+0 weeks the pregnancy has ended: ask how, and count no more weeks or visits.
  const pastTerm = recorded !== null && isPastTerm(recorded, today)
  const lmp = pastTerm ? null : recorded
  const schedule = lmp ? antenatalSchedule(lmp, today, timeline.data?.records) : []
  const next = nextVisit(schedule)

  async function remind() {
    if (!next) return
    const { reminder: created, message } = await requestVisitReminder(next)
    setReminder(userId, created)
    void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
  }

  const editingLmp = lmpDraft.draft !== null
  const saveFailed = savePregnancy.error && !['CONSENT_REQUIRED', 'VALIDATION'].includes(savePregnancy.error.code)

  return (
    <PageShell>
      <ListState status={timeline.status} errorMessage={`${CHECKUP_TEXTS.loadFailed}：${timeline.error}`} onRetry={() => void timeline.reload()}>
        {saveFailed && (
          <Notice tone="error" message={T.saveFailed(savePregnancy.error!.message)} actions={[{ label: '重新保存', onClick: () => void saveLmp() }]} />
        )}
        {consentRefused && <Notice tone="info" message={T.consentRefused} />}

        {pastTerm && !editingLmp && (
          <View className="card" ariaLabel={T.summaryTitle}>
            <OutcomeQuestion
              lmp={recorded}
              today={today}
              pending={ending.pending}
              onBorn={() => openPage(ROUTES.family, { outcome: 'born' })}
              onEnded={() => void ending.askAndEnd(recorded)}
            />
            <View className="row-gap" />
            <Text className="text-secondary block">{T.pastTermWrongDate(recorded)}</Text>
            <Button className="btn btn--secondary" onClick={() => lmpDraft.setDraft({ mode: 'lmp', date: recorded })}>
              {T.editLmp}
            </Button>
          </View>
        )}

        {(editingLmp || (!lmp && !pastTerm)) && (
          <PregnancySetter
            draft={lmpDraft.draft ?? { mode: 'lmp', date: '' }}
            error={lmpError}
            today={today}
            pending={savePregnancy.pending}
            onChange={(changed) => {
              lmpDraft.setDraft(changed)
              setLmpError(undefined)
            }}
            onSave={() => void saveLmp()}
            onCancel={recorded ? () => lmpDraft.clearDraft() : undefined}
          />
        )}

        {lmp && (
          <View className="card" ariaLabel={T.summaryTitle}>
            <Text className="heading">{T.summaryTitle}</Text>
            <Text className="checkup__big">{formatGestationalAge(gestationalAge(lmp, today))}</Text>
            <Text className="block">{`${TRIMESTER_LABELS[trimesterOf(gestationalAge(lmp, today))]} · ${T.dueDate(dueDateFromLmp(lmp))} · ${dueCountdown(lmp, today)}`}</Text>
            <Text className="text-secondary block">{`末次月经 ${lmp}`}</Text>
            {!editingLmp && (
              <Button className="btn btn--secondary" onClick={() => lmpDraft.setDraft({ mode: 'lmp', date: lmp })}>
                {T.editLmp}
              </Button>
            )}
          </View>
        )}

        {lmp && next && (
          <View className="card" ariaLabel={T.nextTitle}>
            <Text className="heading">{T.nextTitle}</Text>
            <Text className="checkup__programme-name">{next.title}</Text>
            <Text className="block">{T.window(next.start, next.end)}</Text>
            {reminder?.visitId === next.id ? (
              <Text className="checkup__tag checkup__tag--done">{T.reminderOn}</Text>
            ) : (
              <Button className="btn btn--primary" onClick={() => void remind()}>
                {T.remind}
              </Button>
            )}
          </View>
        )}
        {lmp && !next && <Notice tone="info" message={T.allDone} />}

        {lmp && (
          <View>
            <Text className="heading">{T.scheduleTitle}</Text>
            <Text className="text-secondary block">{T.scheduleHint}</Text>
            <View className="row-gap" />
            {schedule.map((visit) => (
              <VisitItem
                key={visit.id}
                userId={userId}
                visit={visit}
                lmp={lmp}
                today={today}
                pending={mark.pending || unmark.pending}
                serverErrors={visitErrors[visit.id]}
                onMark={(record) => markVisit(visit.id, record)}
                onUnmark={() => void unmarkVisit(visit.id)}
              />
            ))}
          </View>
        )}
      </ListState>
      {askConsent && (
        <ConsentSheet
          title={T.consentTitle}
          points={FAMILY_HEALTH_CONSENT_POINTS}
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
