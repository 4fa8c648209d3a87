import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { SignedIn } from '@/components/page-gates'
import { FAMILY_HEALTH_CONSENT_POINTS } from '@/consent-texts'
import { PreconceptionOffer } from '@/pregnancy-outcome/preconception-offer'
import { NextVisitCard } from '../../components/next-visit-card'
import { PastPregnancies } from '../../components/past-pregnancies'
import { PastTermCard } from '../../components/past-term-card'
import { PregnancySetter } from '../../components/pregnancy-setter'
import { PregnancySummary } from '../../components/pregnancy-summary'
import { VisitSchedule } from '../../components/visit-schedule'
import { usePastPregnancies } from '../../model/use-past-pregnancies'
import { usePregnancyTimeline } from '../../model/use-pregnancy-timeline'
import { TIMELINE_TEXTS as T } from '../../texts'
import '../../checkup.scss'

const CONSENT_SHEET = { title: T.consentTitle, points: FAMILY_HEALTH_CONSENT_POINTS }

export default function TimelinePage() {
  return <SignedIn message={T.signIn}>{(user) => <Timeline key={user.id} userId={user.id} />}</SignedIn>
}

function Timeline({ userId }: { userId: string }) {
  const { today, timeline, recorded, pregnancy, lmpForm, visits, reminder, ending } = usePregnancyTimeline(userId)
  // Asked once the timeline is here, and again when its pregnancy changes (ended, replaced).
  const past = usePastPregnancies(userId, timeline.data ? timeline.data.lmp : undefined)

  return (
    <PageShell>
      <ListState {...timeline.listState}>
        {lmpForm.failure !== null && (
          <Notice tone="error" message={T.saveFailed(lmpForm.failure)} actions={[{ label: T.saveAgain, onClick: () => void lmpForm.save() }]} />
        )}
        {lmpForm.consent.refused && <Notice tone="info" message={T.consentRefused} />}
        {ending.offersPreconception && <PreconceptionOffer onDismiss={ending.dismissPreconception} />}

        {pregnancy.kind === 'past-term' && !lmpForm.editing && (
          <PastTermCard
            lmp={pregnancy.lmp}
            today={today}
            pending={ending.pending}
            onEnded={() => void ending.askAndEnd(pregnancy.lmp)}
            onEdit={() => lmpForm.edit(pregnancy.lmp)}
          />
        )}

        {(lmpForm.editing || pregnancy.kind === 'none') && (
          <PregnancySetter
            draft={lmpForm.draft}
            error={lmpForm.error}
            today={today}
            pending={lmpForm.pending}
            onChange={lmpForm.change}
            onSave={() => void lmpForm.save()}
            onCancel={recorded ? lmpForm.cancel : undefined}
          />
        )}

        {pregnancy.kind === 'ongoing' && (
          <>
            <PregnancySummary pregnancy={pregnancy} onEdit={lmpForm.editing ? undefined : () => lmpForm.edit(pregnancy.lmp)} />
            <NextVisitCard next={pregnancy.next} reminderOn={reminder.on} onRemind={() => void reminder.remind()} />
            <VisitSchedule
              userId={userId}
              schedule={pregnancy.schedule}
              lmp={pregnancy.lmp}
              today={today}
              pending={visits.pending}
              errorsOf={visits.errorsOf}
              onMark={visits.markDone}
              onUnmark={(visitId) => void visits.undo(visitId)}
            />
          </>
        )}
      </ListState>
      {past.pregnancies.length > 0 && <PastPregnancies pregnancies={past.pregnancies} />}
      {lmpForm.consent.sheet(CONSENT_SHEET, lmpForm.save)}
    </PageShell>
  )
}
