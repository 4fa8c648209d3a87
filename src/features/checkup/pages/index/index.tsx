import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useDidShow } from '@tarojs/taro'
import { EntryRow } from '@/components/entry-row'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { antenatalSchedule, nextVisit } from '@/domain/antenatal-schedule'
import { adviseProgrammes } from '@/domain/checkup-eligibility'
import { chinaDate } from '@/domain/dates'
import { dueCountdown, dueDateFromLmp, formatGestationalAge, gestationalAge, isPastTerm } from '@/domain/pregnancy'
import { OutcomeQuestion } from '@/pregnancy-outcome/outcome-question'
import { useEndPregnancy } from '@/pregnancy-outcome/use-end-pregnancy'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { SavedAnswers, TimelineDto } from '@/contract/checkup'
import { useSessionStore } from '@/stores/session-store'
import { checkupApi } from '../../service'
import { CHECKUP_TEXTS as T, PROGRAMME_SHORT } from '../../texts'
import '../../checkup.scss'
import { todayInChina } from '@/app/clock'

export default function CheckupIndexPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const programmes = useLoader(() => checkupApi().call('checkup.programmes'))
  const mine = useLoader<{ timeline: TimelineDto; answers: SavedAnswers | null } | null>(async () => {
    if (!user) return null
    const [timeline, answers] = await Promise.all([checkupApi().call('checkup.timeline'), checkupApi().call('checkup.myAnswers')])
    return { timeline, answers }
  }, [user?.id])

  // Back from the timeline or the guided check: show what changed there.
  useDidShow(() => {
    if (mine.status === 'ready') void mine.reload()
  })

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <PregnancyCard
        signedIn={Boolean(user)}
        mine={mine.data}
        status={mine.status}
        onRetry={() => void mine.reload()}
        onChanged={() => void mine.reload()}
      />

      <View className="card">
        <EntryRow label={T.guideEntry} value={T.guideEntryHint} onClick={() => openPage(ROUTES.checkupGuide)} />
        <EntryRow label={T.institutionsEntry} value={T.institutionsEntryHint} onClick={() => openPage(ROUTES.checkupInstitutions)} />
      </View>

      {mine.data?.answers && <SavedResult answers={mine.data.answers} />}

      <Text className="heading">{T.programmesTitle}</Text>
      <ListState status={programmes.status} errorMessage={`${T.loadFailed}：${programmes.error}`} onRetry={() => void programmes.reload()}>
        {programmes.data?.map((programme) => (
          <View
            key={programme.id}
            className="card checkup__programme"
            role="link"
            onClick={() => openPage(ROUTES.checkupProgramme, { id: programme.id })}
          >
            <Text className="checkup__programme-name">{programme.name}</Text>
            <Text className="text-secondary">{programme.tagline}</Text>
          </View>
        ))}
      </ListState>
    </PageShell>
  )
}

function PregnancyCard({
  signedIn,
  mine,
  status,
  onRetry,
  onChanged,
}: {
  signedIn: boolean
  mine: { timeline: TimelineDto } | null
  status: string
  onRetry: () => void
  /** The pregnancy record ended here (本次孕期已结束). */
  onChanged: () => void
}) {
  const ending = useEndPregnancy(onChanged)
  if (!signedIn) {
    return (
      <View className="card">
        <Text className="heading">{T.myPregnancy}</Text>
        <Text className="text-secondary block">{T.signInForTimeline}</Text>
        <View className="row-gap" />
        <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.signIn)}>
          去登录
        </Button>
      </View>
    )
  }
  if (status !== 'ready' || !mine) {
    return (
      <View className="card">
        <ListState status={status === 'error' ? 'error' : 'loading'} onRetry={onRetry} />
      </View>
    )
  }
  const { lmp, records } = mine.timeline
  if (!lmp) {
    return (
      <View className="card">
        <Text className="heading">{T.myPregnancy}</Text>
        <Text className="text-secondary block">{T.noPregnancy}</Text>
        <View className="row-gap" />
        <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.checkupTimeline)}>
          {T.noPregnancyAction}
        </Button>
      </View>
    )
  }
  const today = todayInChina()
  if (isPastTerm(lmp, today)) {
    return (
      <View className="card" ariaLabel={T.myPregnancy}>
        <OutcomeQuestion
          lmp={lmp}
          today={today}
          pending={ending.pending}
          onBorn={() => openPage(ROUTES.family, { outcome: 'born' })}
          onEnded={() => void ending.askAndEnd(lmp)}
        />
        <EntryRow label={T.timelineEntry} onClick={() => openPage(ROUTES.checkupTimeline)} />
      </View>
    )
  }
  const next = nextVisit(antenatalSchedule(lmp, today, records))
  return (
    <View className="card" ariaLabel={T.myPregnancy}>
      <Text className="heading">{T.myPregnancy}</Text>
      <Text className="checkup__big">{formatGestationalAge(gestationalAge(lmp, today))}</Text>
      <Text className="text-secondary block">{`预产期 ${dueDateFromLmp(lmp)} · ${dueCountdown(lmp, today)}`}</Text>
      {next && <Text className="block">{T.nextVisit(next.title, next.start, next.end)}</Text>}
      <EntryRow label={T.timelineEntry} onClick={() => openPage(ROUTES.checkupTimeline)} />
    </View>
  )
}

function SavedResult({ answers }: { answers: SavedAnswers }) {
  const advice = adviseProgrammes(answers.answers, todayInChina())
  return (
    <View className="card" ariaLabel={T.savedResult}>
      <Text className="heading">{T.savedResult}</Text>
      <Text className="block">
        {advice.length > 0 ? advice.map((item) => PROGRAMME_SHORT[item.programme]).join('、') : '暂无适合的免费检查'}
      </Text>
      <Text className="text-secondary block">{`保存于 ${chinaDate(Date.parse(answers.savedAt))}`}</Text>
    </View>
  )
}
