import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { CARE_TEXTS as C } from '../care-texts'
import { useCaseload } from '../model/use-caseload'
import { useQueueSummary } from '../model/use-queue-summary'
import { HELP_TEXTS as T } from '../texts'

/** 暖心服务 for a 双岗联系人: the families they look after (how many are overdue a contact), and the requests waiting for them. */
export function ContactHome() {
  const { queue, open, overdue } = useQueueSummary()
  const caseload = useCaseload()
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <ListState {...caseload.families.listState}>
        <View className="card" ariaLabel={C.families}>
          <Text className="heading">{C.families}</Text>
          <Text className="block">{C.homeHint(caseload.total, caseload.overdue)}</Text>
          <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.careFamilies)}>
            {C.families}
          </Button>
        </View>
      </ListState>
      <ListState {...queue.listState}>
        <View className="card">
          <Text className="heading">{T.queue}</Text>
          <Text className="block">{T.queueHint(open, overdue)}</Text>
          <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.helpQueue)}>
            {T.queue}
          </Button>
        </View>
      </ListState>
    </PageShell>
  )
}
