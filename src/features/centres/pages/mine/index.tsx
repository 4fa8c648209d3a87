import { Text, View } from '@tarojs/components'
import { Button } from '../../../../components/button'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '../../../../components/list-state'
import { PageShell } from '../../../../components/page-shell'
import { useLoader } from '../../../../hooks/use-loader'
import { useSubmit } from '../../../../hooks/use-submit'
import { openPage } from '../../../../navigation'
import { ROUTES } from '../../../../routes'
import { useSessionStore } from '../../../../stores/session-store'
import { ChipRow } from '../../../../components/chip-row'
import { centresService } from '../../service'
import { CENTRES_TEXTS, VISIT_TEXTS as T } from '../../texts'
import '../../centres.scss'
import { SignInFirst } from '../../../../components/page-gates'

export default function MyCentresPage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  const [tab, setTab] = useState(useRouter().params.tab === 'visits' ? 'visits' : 'favourites')
  const favourites = useLoader(() => (userId ? centresService().favourites() : Promise.resolve([])), [userId])
  const visits = useLoader(() => (userId ? centresService().myVisits() : Promise.resolve([])), [userId])
  const cancel = useSubmit((key: string, id: string) => centresService().cancelVisit(id, key))

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
    const { confirm } = await Taro.showModal({ title: T.cancel, content: '' })
    if (!confirm) return
    const result = await cancel.submit(id)
    void Taro.showToast({ title: result.ok ? T.cancelled : result.error.message, icon: 'none' })
    void visits.reload()
  }

  return (
    <PageShell>
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
            <View key={centre.id} className="card" role="link" ariaLabel={centre.name} onClick={() => openPage(ROUTES.centresCentre, { id: centre.id })}>
              <Text className="centres__name">{centre.name}</Text>
              <Text className="centres__meta">{centre.address}</Text>
            </View>
          ))}
        </ListState>
      ) : (
        <ListState status={visits.status} errorMessage={`${CENTRES_TEXTS.loadFailed}：${visits.error}`} onRetry={() => void visits.reload()} empty={visits.data?.length === 0} emptyTitle={T.emptyVisits}>
          <View ariaLabel={T.visits}>
            {visits.data?.map((visit) => (
              <View key={visit.id} className="card" ariaLabel={visit.centreName}>
                <Text className="centres__name">{visit.centreName}</Text>
                <Text className="block">{`${visit.date} ${visit.slot === 'morning' ? T.morning : T.afternoon}`}</Text>
                <Text className="centres__tag">{T.statuses[visit.status]}</Text>
                <Text className="centres__meta">{`${visit.centreAddress} · 联系电话 ${visit.phoneMasked} · 孩子${visit.childAgeMonths}个月`}</Text>
                {visit.status === 'pending' && (
                  <Button className="btn btn--secondary" disabled={cancel.pending} onClick={() => void cancelVisit(visit.id)}>
                    {T.cancel}
                  </Button>
                )}
              </View>
            ))}
          </View>
        </ListState>
      )}
    </PageShell>
  )
}
