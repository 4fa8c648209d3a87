import { Text, View } from '@tarojs/components'
import { ContactActions } from '@/components/contact-actions'
import { NoBreakText } from '@/components/no-break-text'
import type { InstitutionDto } from '@/contract/checkup'
import { INSTITUTION_TEXTS as T, PROGRAMME_SHORT } from '../texts'

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
      <Text className="text-secondary block">{T.phone(institution.phone)}</Text>
      {institution.note && <Text className="text-secondary block">{institution.note}</Text>}
      <View className="checkup__actions">
        <ContactActions place={institution} phone={institution.phone} />
      </View>
    </View>
  )
}
