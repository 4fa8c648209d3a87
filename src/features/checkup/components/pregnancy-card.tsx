import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EntryRow } from '@/components/entry-row'
import { ListState, type LoadStatus } from '@/components/list-state'
import { openPage } from '@/navigation'
import { BirthOffer } from '@/pregnancy-outcome/birth-offer'
import { OutcomeQuestion } from '@/pregnancy-outcome/outcome-question'
import { PreconceptionOffer } from '@/pregnancy-outcome/preconception-offer'
import { ROUTES } from '@/routes'
import type { PregnancyStatus } from '../model/pregnancy-status'
import { CHECKUP_TEXTS as T } from '../texts'

interface Props {
  signedIn: boolean
  /** Null until the person's timeline has loaded. */
  pregnancy: PregnancyStatus | null
  status: LoadStatus
  today: string
  /** useEndPregnancy: after 本次孕期已结束 here, a quiet line about the 孕前优生健康检查 until dismissed. */
  ending: { pending: boolean; askAndEnd: (lmp: string) => unknown; offersPreconception?: boolean; dismissPreconception?: () => void }
  onRetry: () => void
}

/** 我的孕期 on 婚孕检's 首页: sign in, record a pregnancy, say how it ended, or where it stands. */
export function PregnancyCard({ signedIn, pregnancy, status, today, ending, onRetry }: Props) {
  if (!signedIn) {
    return (
      <View className="card">
        <Text className="heading">{T.myPregnancy}</Text>
        <Text className="text-secondary block">{T.signInForTimeline}</Text>
        <View className="row-gap" />
        <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.signIn)}>
          {T.signIn}
        </Button>
      </View>
    )
  }
  if (status !== 'ready' || !pregnancy) {
    return (
      <View className="card">
        <ListState status={status === 'error' ? 'error' : 'loading'} onRetry={onRetry} />
      </View>
    )
  }
  // Just ended here: the quiet line about the 孕前优生健康检查 rather than "记录孕期" at once.
  if (pregnancy.kind === 'none' && ending.offersPreconception) {
    return (
      <View className="card" ariaLabel={T.myPregnancy}>
        <Text className="heading">{T.myPregnancy}</Text>
        <PreconceptionOffer onDismiss={() => ending.dismissPreconception?.()} />
      </View>
    )
  }
  if (pregnancy.kind === 'none') {
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
  if (pregnancy.kind === 'past-term') {
    const { lmp } = pregnancy
    return (
      <View className="card" ariaLabel={T.myPregnancy}>
        <OutcomeQuestion
          lmp={lmp}
          today={today}
          pending={ending.pending}
          onEnded={() => void ending.askAndEnd(lmp)}
        />
        <EntryRow label={T.timelineEntry} onClick={() => openPage(ROUTES.checkupTimeline)} />
      </View>
    )
  }
  const { next } = pregnancy
  return (
    <View className="card" ariaLabel={T.myPregnancy}>
      <Text className="heading">{T.myPregnancy}</Text>
      <Text className="checkup__big">{pregnancy.age}</Text>
      <Text className="text-secondary block">{T.dueLine(pregnancy.dueDate, pregnancy.countdown)}</Text>
      {next && <Text className="block">{T.nextVisit(next.title, next.start, next.end)}</Text>}
      <BirthOffer lmp={pregnancy.lmp} today={today} />
      <EntryRow label={T.timelineEntry} onClick={() => openPage(ROUTES.checkupTimeline)} />
    </View>
  )
}
