import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { CentreBasics, CentreFeesAndFacilities, CentreTags } from '../../components/centre-cards'
import { CentrePhotos } from '../../components/centre-photos'
import { useCentre } from '../../model/use-centre'
import { CENTRE_TEXTS as T } from '../../texts'
import '../../centres.scss'

export default function CentrePage() {
  const id = useRouter().params.id ?? ''
  const { centre, forParents, favouritePending, toggleFavourite, requestVisit } = useCentre(id)
  const data = centre.data

  return (
    <PageShell>
      <ListState {...centre.listState}>
        {data && (
          <View>
            <CentrePhotos photos={data.photos} />
            <View className="row-gap" />
            <Text className="page-title">{data.name}</Text>
            <CentreTags centre={data} />
            <CentreBasics centre={data} />
            <CentreFeesAndFacilities centre={data} />
            {forParents ? (
              <View className="centres__actions">
                <Button className={`btn ${data.favourite ? 'btn--primary' : 'btn--secondary'}`} disabled={favouritePending} onClick={toggleFavourite}>
                  {data.favourite ? T.favourited : T.favourite}
                </Button>
                <Button className="btn btn--primary" onClick={requestVisit}>
                  {T.visit}
                </Button>
              </View>
            ) : (
              <Text className="text-secondary block">{T.parentsOnly}</Text>
            )}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
