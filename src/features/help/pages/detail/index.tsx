import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { chinaDate, chinaDateTime } from '@/domain/dates'
import { completeTooEarly, HALF_DAY_LABELS, helpFacts } from '@/domain/help'
import type { FieldErrors } from '@/domain/validation'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { callPhone, toastIfFailed } from '@/privacy/gated-apis'
import { useSessionStore } from '@/stores/session-store'
import { ActionPanel, type ActRequest } from '../../components/action-panel'
import { typeText } from '../../components/request-card'
import { StatusBadges } from '../../components/status-badges'
import { helpApi } from '../../service'
import { DETAIL_TEXTS as T, HELP_TEXTS } from '../../texts'
import '../../help.scss'
import { SignInFirst } from '@/components/page-gates'
import { now } from '@/app/clock'

export default function HelpDetailPage() {
  const id = useRouter().params.id ?? ''
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const isContact = useSessionStore((state) => state.session?.user.role === 'contact')
  const request = useLoader(() => helpApi().call('help.detail', { id }), [id, userId])
  const [errors, setErrors] = useState<FieldErrors>({})
  const act = useSubmit((key: string, input: ActRequest) => helpApi().call('help.act', { ...input, id }, { idempotencyKey: key }))

  if (!userId) {
    return (
      <SignInFirst message={HELP_TEXTS.signIn} />
    )
  }

  async function onAct(input: ActRequest) {
    const result = await act.submit(input)
    if (result.ok) {
      setErrors({})
      request.setData(result.value)
      void Taro.showToast({ title: T.done, icon: 'success' })
      return
    }
    setErrors(result.error.fieldErrors ?? {})
    if (!result.error.fieldErrors) void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 })
  }

  const data = request.data
  // 标记完成 is not offered before the visit (the backend refuses it too); the contact is told why.
  const tooEarly = data && isContact ? completeTooEarly(helpFacts(data), now()) : null
  return (
    <PageShell>
      <ListState status={request.status} errorMessage={`${HELP_TEXTS.loadFailed}：${request.error}`} onRetry={() => void request.reload()}>
        {data && (
          <View>
            <Text className="page-title">{`${data.familyName} · ${typeText(data)}`}</Text>
            <StatusBadges request={data} />
            <View className="card" ariaLabel={T.need}>
              <Text className="heading">{T.need}</Text>
              <Text className="block">{data.need}</Text>
              <Text className="text-secondary block">{`${T.preferred}：${data.preferredDate} ${HALF_DAY_LABELS[data.halfDay]}`}</Text>
              <Text className="text-secondary block">{`${T.address}：${data.address}`}</Text>
              <Text className="text-secondary block">{`${T.phone}：${data.phone}`}</Text>
              {data.visit && <Text className="block">{`${T.visit}：${data.visit.date} ${data.visit.time}，${data.visit.visitor}`}</Text>}
              {data.rating && <Text className="block">{`${T.rating}：${data.rating.stars}星 ${data.rating.comment}`}</Text>}
            </View>
            <View className="card" ariaLabel={T.contacts}>
              <Text className="heading">{T.contacts}</Text>
              {data.contacts.map((contact) => (
                <View key={contact.id} className="help__contact">
                  <Text>{`${contact.name} · ${contact.title}`}</Text>
                  <Button className="btn btn--secondary" onClick={() => void callPhone(contact.phone).then(toastIfFailed)}>
                    {HELP_TEXTS.call}
                  </Button>
                </View>
              ))}
            </View>
            {tooEarly && <Notice tone="info" message={tooEarly} />}
            {/* Keyed by the request's progress: after an action succeeds its form closes. */}
            <ActionPanel
              key={`${data.status}-${data.timeline.length}`}
              actions={data.actions}
              pending={act.pending}
              errors={errors}
              onAct={(input) => void onAct(input)}
            />
            <View className="card" ariaLabel={T.timeline}>
              <Text className="heading">{T.timeline}</Text>
              {data.timeline.map((entry, index) => (
                <View key={index} className="help__step">
                  <Text className="block">{`${entry.action} · ${entry.actorName}`}</Text>
                  <Text className="text-secondary block">{chinaDateTime(Date.parse(entry.at))}</Text>
                  {entry.note && <Text className="text-secondary block">{entry.note}</Text>}
                </View>
              ))}
            </View>
            <Text className="text-secondary block">{`提交于 ${chinaDate(Date.parse(data.createdAt))}`}</Text>
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
