import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ContactActions } from '@/components/contact-actions'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import type { UserDto } from '@/contract/core'
import { chinaDate } from '@/domain/dates'
import { ActionPanel } from '../../components/action-panel'
import { typeText } from '../../components/request-card'
import { RequestFacts } from '../../components/request-facts'
import { RequestTimeline } from '../../components/request-timeline'
import { StatusBadges } from '../../components/status-badges'
import { useHelpDetail } from '../../model/use-help-detail'
import { DETAIL_TEXTS as T, HELP_TEXTS } from '../../texts'
import '../../help.scss'

export default function HelpDetailPage() {
  const id = useRouter().params.id ?? ''
  return <SignedIn message={HELP_TEXTS.signIn}>{(user) => <HelpDetailBody id={id} user={user} />}</SignedIn>
}

function HelpDetailBody({ id, user }: { id: string; user: UserDto }) {
  const { request, tooEarly, pending, errors, onAct } = useHelpDetail(id, user)
  const data = request.data
  return (
    <PageShell>
      <ListState {...request.listState}>
        {data && (
          <View>
            <Text className="page-title">{`${data.familyName} · ${typeText(data)}`}</Text>
            <StatusBadges request={data} />
            <RequestFacts request={data} />
            <View className="card" ariaLabel={T.contacts}>
              <Text className="heading">{T.contacts}</Text>
              {data.contacts.map((contact) => (
                <View key={contact.id} className="help__contact">
                  <Text>{`${contact.name} · ${contact.title}`}</Text>
                  <ContactActions phone={contact.phone} callLabel={HELP_TEXTS.call} />
                </View>
              ))}
            </View>
            {tooEarly && <Notice tone="info" message={tooEarly} />}
            {/* Keyed by the request's progress: after an action succeeds its form closes. */}
            <ActionPanel key={`${data.status}-${data.timeline.length}`} actions={data.actions} pending={pending} errors={errors} onAct={(input) => void onAct(input)} />
            <RequestTimeline timeline={data.timeline} />
            <Text className="text-secondary block">{T.submittedAt(chinaDate(Date.parse(data.createdAt)))}</Text>
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
