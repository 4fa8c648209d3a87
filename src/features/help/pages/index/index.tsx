import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useDidShow } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { callPhone, toastIfFailed } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { helpApi } from '../../service'
import { HELP_TEXTS as T } from '../../texts'
import '../../help.scss'
import { NoBreakText } from '@/components/no-break-text'

export default function HelpHomePage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role === 'special_family') return <FamilyHome />
  if (user?.role === 'contact') return <ContactHome />
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Notice tone="info" message={T.notForYou} actions={user ? [] : [{ label: '去登录', onClick: () => openPage(ROUTES.signIn) }]} />
    </PageShell>
  )
}

function FamilyHome() {
  const overview = useLoader(() => helpApi().call('help.overview'))
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <Button className="btn btn--primary btn--block help__big" onClick={() => openPage(ROUTES.helpRequest)}>
        {T.ask}
      </Button>
      <View className="row-gap" />
      <ListState status={overview.status} errorMessage={`${T.loadFailed}：${overview.error}`} onRetry={() => void overview.reload()}>
        <View className="card" ariaLabel={T.contacts}>
          <Text className="heading">{T.contacts}</Text>
          {overview.data?.contacts.map((contact) => (
            <View key={contact.id} className="help__contact">
              <View>
                <Text className="block">{contact.name}</Text>
                <Text className="text-secondary block">{contact.title}</Text>
              </View>
              <Button className="btn btn--secondary" onClick={() => void callPhone(contact.phone).then(toastIfFailed)}>
                {`${T.call}${contact.name}`}
              </Button>
            </View>
          ))}
          {overview.data && (
            <View className="help__contact">
              <View>
                <Text className="block">{T.hotline}</Text>
                <NoBreakText className="text-secondary block" text={`${overview.data.hotline.name} ${overview.data.hotline.phone}`} />
              </View>
              <Button className="btn btn--secondary" onClick={() => void callPhone(overview.data!.hotline.phone).then(toastIfFailed)}>
                {T.call}
              </Button>
            </View>
          )}
        </View>
      </ListState>
      <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.helpMine)}>
        {T.mine}
      </Button>
    </PageShell>
  )
}

function ContactHome() {
  const queue = useLoader(() => helpApi().call('help.queue'))
  useDidShow(() => {
    if (queue.status === 'ready') void queue.reload()
  })
  const open = (queue.data ?? []).filter((request) => ['submitted', 'accepted', 'scheduled', 'completed'].includes(request.status))
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <ListState status={queue.status} errorMessage={`${T.loadFailed}：${queue.error}`} onRetry={() => void queue.reload()}>
        <View className="card">
          <Text className="heading">{T.queue}</Text>
          <Text className="block">{T.queueHint(open.length, open.filter((request) => request.overdue).length)}</Text>
          <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.helpQueue)}>
            {T.queue}
          </Button>
        </View>
      </ListState>
    </PageShell>
  )
}
