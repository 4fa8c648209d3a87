import { memo } from 'react'
import { PlainText as Text, PlainView as View } from '@/components/taro/plain'
import { CARE_MODE_LABELS, ORG_FORM_LABELS } from '@/domain/centres'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { CentreSummary } from '@/contract/centres'
import { CENTRES_TEXTS as T } from '../texts'

/**
 * One result row of the virtual list; fixed height, so long text is cut with an ellipsis. Drawn
 * with plain elements: a filter tap redraws a screen of rows at once (see taro/plain.tsx).
 */
export const CentreRow = memo(function CentreRow({ id, index, data }: { id: string; index: number; data: CentreSummary[] }) {
  const centre = data[index]
  if (!centre) return <View id={id} className="centres__row" />
  return (
    <View id={id} className="centres__row">
      <View className="centres__row-card" role="link" onClick={() => openPage(ROUTES.centresCentre, { id: centre.id })}>
        <Text className="centres__name">{centre.name}</Text>
        <View>
          {centre.inclusive && <Text className="centres__tag">普惠</Text>}
          <Text className={`centres__tag${centre.filingStatus === 'filed' ? '' : ' centres__tag--muted'}`}>{centre.filingStatus === 'filed' ? '已备案' : '备案中'}</Text>
          <Text className="centres__tag centres__tag--muted">{ORG_FORM_LABELS[centre.orgForm]}</Text>
        </View>
        <Text className="centres__meta">{`${centre.district} · ${centre.address}`}</Text>
        <Text className="centres__meta">{`${centre.modes.map((mode) => CARE_MODE_LABELS[mode]).join('、')} · ${T.ages(centre.ageMin, centre.ageMax)}`}</Text>
        <Text className="centres__meta">
          {`${T.fee(centre.fee, centre.feeUnit)} · ${T.places(centre.placesFree, centre.placesTotal)}${centre.distanceKm === null ? '' : ` · ${T.km(centre.distanceKm)}`}`}
        </Text>
      </View>
    </View>
  )
})
