import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { SignedIn } from '@/components/page-gates'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { AnswerNews, VisitCard } from '../../components/visit-card'
import { useMyCentres } from '../../model/use-my-centres'
import { VISIT_TEXTS as T } from '../../texts'
import '../../centres.scss'

export default function MyCentresPage() {
  return <SignedIn message={T.signIn}>{(user) => <MyCentres userId={user.id} />}</SignedIn>
}

function MyCentres({ userId }: { userId: string }) {
  const [tab, setTab] = useState(useRouter().params.tab === 'visits' ? 'visits' : 'favourites')
  const { favourites, visits, cancelling, cancelVisit, readAnswers } = useMyCentres(userId)

  return (
    <PageShell>
      <AnswerNews visits={visits.data ?? []} onRead={readAnswers} />
      <ChipRow
        label={T.mineTabs}
        value={tab}
        onChange={setTab}
        chips={[
          { value: 'favourites', label: T.favourites, count: favourites.data?.length },
          { value: 'visits', label: T.visits, count: visits.data?.length },
        ]}
      />
      {tab === 'favourites' ? (
        <ListState {...favourites.listState} empty={favourites.data?.length === 0} emptyTitle={T.emptyFavourites}>
          {favourites.data?.map((centre) => (
            <View key={centre.id} className="card" role="link" onClick={() => openPage(ROUTES.centresCentre, { id: centre.id })}>
              <Text className="centres__name">{centre.name}</Text>
              <Text className="centres__meta">{centre.address}</Text>
            </View>
          ))}
        </ListState>
      ) : (
        <ListState {...visits.listState} empty={visits.data?.length === 0} emptyTitle={T.emptyVisits}>
          <View ariaLabel={T.visits}>
            {visits.data?.map((visit) => (
              <VisitCard key={visit.id} visit={visit} cancelling={cancelling} onCancel={cancelVisit} />
            ))}
          </View>
        </ListState>
      )}
    </PageShell>
  )
}
