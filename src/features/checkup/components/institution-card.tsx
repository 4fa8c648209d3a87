import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro from '@tarojs/taro'
import { callPhone, canOpenMap, copyText, openMap, toastIfFailed } from '@/privacy/gated-apis'
import type { InstitutionDto } from '@/contract/checkup'
import { INSTITUTION_TEXTS as T, PROGRAMME_SHORT } from '../texts'
import { NoBreakText } from '@/components/no-break-text'

async function copyAddress(address: string) {
  const copied = await copyText(address)
  if (copied.ok) void Taro.showToast({ title: T.copied, icon: 'none' })
  else toastIfFailed(copied)
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
      <NoBreakText className="text-secondary block" text={`${T.hours}：${institution.hours}`} />
      <Text className="text-secondary block">{`电话：${institution.phone}`}</Text>
      {institution.note && <Text className="text-secondary block">{institution.note}</Text>}
      <View className="checkup__actions">
        <Button className="btn btn--secondary" onClick={() => void callPhone(institution.phone).then(toastIfFailed)}>
          {T.call}
        </Button>
        {canOpenMap ? (
          <Button className="btn btn--secondary" onClick={() => void openMap(institution).then(toastIfFailed)}>
            {T.navigate}
          </Button>
        ) : (
          <Button className="btn btn--secondary" onClick={() => void copyAddress(institution.address)}>
            {T.copyAddress}
          </Button>
        )}
      </View>
    </View>
  )
}
