import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { newIdempotencyKey, userMessage } from '@/services'
import { useSessionStore } from '@/stores/session-store'
import { AnswerNews, VisitCard } from '../../components/visit-card'
import { ChipRow } from '@/components/chip-row'
import { centresApi } from '../../service'
import { CENTRES_TEXTS, VISIT_TEXTS as T } from '../../texts'
import '../../centres.scss'
import { SignInFirst } from '@/components/page-gates'

export default function MyCentresPage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const [tab, setTab] = useState(useRouter().params.tab === 'visits' ? 'visits' : 'favourites')
  const favourites = useLoader(() => (userId ? centresApi().call('centres.favourites') : Promise.resolve([])), [userId])
  const visits = useLoader(() => (userId ? centresApi().call('centres.myVisits') : Promise.resolve([])), [userId])
  const cancel = useSubmit((key: string, id: string) => centresApi().call('centres.cancelVisit', { id }, { idempotencyKey: key }))

  useDidShow(() => {
    if (favourites.status === 'ready') void favourites.reload()
    if (visits.status === 'ready') void visits.reload()
  })

  if (!userId) {
    return (
      <SignInFirst message={T.signIn} />
    )
  }

  async function cancelVisit(id: string) {
    const { confirm } = await Taro.showModal({ title: T.cancel, content: T.cancelConfirm })
    if (!confirm) return
    const result = await cancel.submit(id)
    void Taro.showToast({ title: result.ok ? T.cancelled : result.error.message, icon: 'none' })
    void visits.reload()
  }

  async function readAnswers() {
    try {
      await centresApi().call('centres.readAnswers', null, { idempotencyKey: newIdempotencyKey() })
      void visits.reload()
    } catch (error) {
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  return (
    <PageShell>
      <AnswerNews visits={visits.data ?? []} onRead={() => void readAnswers()} />
      <ChipRow
        label="我的托育"
        value={tab}
        onChange={setTab}
        chips={[
          { value: 'favourites', label: T.favourites, count: favourites.data?.length },
          { value: 'visits', label: T.visits, count: visits.data?.length },
        ]}
      />
      {tab === 'favourites' ? (
        <ListState status={favourites.status} errorMessage={`${CENTRES_TEXTS.loadFailed}：${favourites.error}`} onRetry={() => void favourites.reload()} empty={favourites.data?.length === 0} emptyTitle={T.emptyFavourites}>
          {favourites.data?.map((centre) => (
            <View key={centre.id} className="card" role="link" onClick={() => openPage(ROUTES.centresCentre, { id: centre.id })}>
              <Text className="centres__name">{centre.name}</Text>
              <Text className="centres__meta">{centre.address}</Text>
            </View>
          ))}
        </ListState>
      ) : (
        <ListState status={visits.status} errorMessage={`${CENTRES_TEXTS.loadFailed}：${visits.error}`} onRetry={() => void visits.reload()} empty={visits.data?.length === 0} emptyTitle={T.emptyVisits}>
          <View ariaLabel={T.visits}>
            {visits.data?.map((visit) => (
              <VisitCard key={visit.id} visit={visit} cancelling={cancel.pending} onCancel={(id) => void cancelVisit(id)} />
            ))}
          </View>
        </ListState>
      )}
    </PageShell>
  )
}
