import { Text, View } from '@tarojs/components'
import { ContactActions } from '@/components/contact-actions'
import { CARE_MODE_LABELS, feeText, FILING_LABELS, HOST_TYPE_LABELS, ORG_FORM_LABELS } from '@/domain/centres'
import type { CentreDto } from '@/contract/centres'
import { CENTRE_TEXTS as T, CENTRES_TEXTS } from '../texts'

/** 普惠, whether it is filed, who runs it and in what form, and its filing number. */
export function CentreTags({ centre }: { centre: CentreDto }) {
  return (
    <>
      <View>
        {centre.inclusive && <Text className="centres__tag">{CENTRES_TEXTS.inclusive}</Text>}
        <Text className={`centres__tag${centre.filingStatus === 'filed' ? '' : ' centres__tag--muted'}`}>{FILING_LABELS[centre.filingStatus]}</Text>
        <Text className="centres__tag centres__tag--muted">{HOST_TYPE_LABELS[centre.hostType]}</Text>
        <Text className="centres__tag centres__tag--muted">{ORG_FORM_LABELS[centre.orgForm]}</Text>
      </View>
      <Text className="text-secondary block">{centre.filingStatus === 'filed' ? T.filing(centre.filingNo) : T.filingPending}</Text>
    </>
  )
}

/** Where it is, when it is open, whom it takes, its places and phone; call, and go there (or copy the address). */
export function CentreBasics({ centre }: { centre: CentreDto }) {
  return (
    <View className="card" ariaLabel={T.basics}>
      <Text className="block">{centre.address}</Text>
      <Text className="text-secondary block">{`${T.hours}：${centre.hours}`}</Text>
      <Text className="text-secondary block">{`${T.ages}：${CENTRES_TEXTS.ages(centre.ageMin, centre.ageMax)}`}</Text>
      <Text className="text-secondary block">{`${T.places}：${T.placesText(centre.placesFree, centre.placesTotal)}`}</Text>
      <Text className="text-secondary block">{T.phone(centre.phone)}</Text>
      <View className="centres__actions">
        <ContactActions place={centre} phone={centre.phone} />
      </View>
    </View>
  )
}

/** 收费 per care mode, then the facilities and when the information was last updated. */
export function CentreFeesAndFacilities({ centre }: { centre: CentreDto }) {
  return (
    <>
      <View className="card" ariaLabel={T.fees}>
        <Text className="heading">{T.fees}</Text>
        {centre.modes.map((mode) => (
          <View key={mode} className="centres__table-row">
            <Text>{CARE_MODE_LABELS[mode]}</Text>
            <Text>{feeText(centre, mode)}</Text>
          </View>
        ))}
      </View>
      <View className="card" ariaLabel={T.facilities}>
        <Text className="heading">{T.facilities}</Text>
        <Text className="block">{centre.facilities.join('、')}</Text>
        <Text className="text-secondary block">{T.updated(centre.updatedAt)}</Text>
      </View>
    </>
  )
}
