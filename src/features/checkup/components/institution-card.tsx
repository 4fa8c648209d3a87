import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { InstitutionDto } from '../../../services/checkup-api'
import { INSTITUTION_TEXTS as T, PROGRAMME_SHORT } from '../texts'

// The H5 build has no map app to hand over to: it shows the address with a copy button instead.
const CAN_NAVIGATE = process.env.TARO_ENV !== 'h5'

function call(phone: string) {
  void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

function navigate(institution: InstitutionDto) {
  void Taro.openLocation({
    latitude: institution.latitude,
    longitude: institution.longitude,
    name: institution.name,
    address: institution.address,
    scale: 16,
  }).catch(() => undefined)
}

function copyAddress(address: string) {
  void Taro.setClipboardData({ data: address })
    .then(() => Taro.showToast({ title: T.copied, icon: 'none' }))
    .catch(() => undefined)
}

export function InstitutionCard({ institution }: { institution: InstitutionDto }) {
  return (
    <View className="card" ariaLabel={institution.name}>
      <Text className="checkup__programme-name">{institution.name}</Text>
      <View>
        {institution.programmes.map((programme) => (
          <Text key={programme} className="checkup__tag">
            {PROGRAMME_SHORT[programme]}
          </Text>
        ))}
      </View>
      <Text className="block">{institution.address}</Text>
      <Text className="text-secondary block">{`${T.hours}：${institution.hours}`}</Text>
      <Text className="text-secondary block">{`电话：${institution.phone}`}</Text>
      {institution.note && <Text className="text-secondary block">{institution.note}</Text>}
      <View className="checkup__actions">
        <Button className="btn btn--secondary" onClick={() => call(institution.phone)}>
          {T.call}
        </Button>
        {CAN_NAVIGATE ? (
          <Button className="btn btn--secondary" onClick={() => navigate(institution)}>
            {T.navigate}
          </Button>
        ) : (
          <Button className="btn btn--secondary" onClick={() => copyAddress(institution.address)}>
            {T.copyAddress}
          </Button>
        )}
      </View>
    </View>
  )
}
