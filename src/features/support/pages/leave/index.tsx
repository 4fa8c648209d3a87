import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { NoBreakText } from '@/components/no-break-text'
import { Notice } from '@/components/notice'
import { NotForThisRole, SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { FAMILY_HEALTH_CONSENT_POINTS } from '@/consent-texts'
import { chinaDate } from '@/domain/dates'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { LeaveTimeline } from '../../components/leave-timeline'
import { useLeavePlan, type LeaveView } from '../../model/use-leave-plan'
import { LEAVE_TEXTS as T, SUPPORT_TEXTS } from '../../texts'
import '../../support.scss'

export default function LeavePage() {
  const view: LeaveView = useRouter().params.view === 'plan' ? 'plan' : 'calendar'
  return (
    <SignedIn message={SUPPORT_TEXTS.signInHint}>
      {(user) => (user.role === 'parent' ? <Leave key={user.id} userId={user.id} view={view} /> : <NotForThisRole message={SUPPORT_TEXTS.notForRole} />)}
    </SignedIn>
  )
}

/** The leave calendar of the family's birth (or due date), or the plan saved under 我的. */
function Leave({ userId, view }: { userId: string; view: LeaveView }) {
  const leave = useLeavePlan(userId, view)
  const { calendar, plan } = leave

  return (
    <PageShell>
      <Text className="page-title">{view === 'plan' ? T.planTitle : T.title}</Text>
      <ListState {...leave.mine.listState}>
        {!calendar && view === 'calendar' && (
          <Notice tone="info" message={T.none} actions={[{ label: T.fillFamily, onClick: () => openPage(ROUTES.family) }]} />
        )}
        {!calendar && view === 'plan' && <Text className="text-secondary block">{T.noPlan}</Text>}
        {plan?.outdated && (
          <Notice tone="info" message={T.outdated} actions={leave.mine.data?.calendar ? [{ label: T.updatePlan, onClick: leave.addToPlan }] : []} />
        )}
        {leave.consentRefused && <Notice tone="info" message={T.consentRefused} />}
        {calendar && (
          <View>
            <NoBreakText className="text-secondary block" text={calendar.estimated ? T.estimated(calendar.from) : T.born(calendar.forWhom, calendar.from)} />
            {view === 'plan' && plan && <NoBreakText className="text-secondary block" text={T.savedAt(chinaDate(Date.parse(plan.savedAt)))} />}
            <Text className="support__local-check">{SUPPORT_TEXTS.localCheck}</Text>
            <LeaveTimeline who={T.mother} periods={calendar.mother} />
            {calendar.partner.length > 0 && <LeaveTimeline who={T.partner} periods={calendar.partner} />}
            {view === 'calendar' && !leave.inPlan && (
              <Button className="btn btn--primary btn--block" disabled={leave.pending || undefined} onClick={leave.addToPlan}>
                {leave.pending ? T.adding : T.addPlan}
              </Button>
            )}
            {view === 'calendar' && leave.inPlan && <Text className="support__tag support__tag--done">{T.inPlan}</Text>}
            {plan && (
              <Button className="btn btn--secondary btn--block" disabled={leave.pending || undefined} onClick={leave.removePlan}>
                {T.removePlan}
              </Button>
            )}
          </View>
        )}
      </ListState>
      {leave.consentSheet({ title: T.consentTitle, points: FAMILY_HEALTH_CONSENT_POINTS })}
    </PageShell>
  )
}
