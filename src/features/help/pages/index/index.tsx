import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { FamilyContacts } from '../../components/family-contacts'
import { useHelpOverview } from '../../model/use-help-overview'
import { useQueueSummary } from '../../model/use-queue-summary'
import { HELP_TEXTS as T } from '../../texts'
import '../../help.scss'

export default function HelpHomePage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role === 'special_family') return <FamilyHome />
  if (user?.role === 'contact') return <ContactHome />
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Notice tone="info" message={T.notForYou} actions={user ? [] : [{ label: T.goSignIn, onClick: () => openPage(ROUTES.signIn) }]} />
    </PageShell>
  )
}

function FamilyHome() {
  const overview = useHelpOverview()
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <Button className="btn btn--primary btn--block help__big" onClick={() => openPage(ROUTES.helpRequest)}>
        {T.ask}
      </Button>
      <View className="row-gap" />
      <ListState {...overview.listState}>
        <FamilyContacts overview={overview.data} />
      </ListState>
      <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.helpMine)}>
        {T.mine}
      </Button>
    </PageShell>
  )
}

function ContactHome() {
  const { queue, open, overdue } = useQueueSummary()
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
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
