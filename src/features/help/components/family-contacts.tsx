import { Text, View } from '@tarojs/components'
import { ContactActions } from '@/components/contact-actions'
import { NoBreakText } from '@/components/no-break-text'
import type { HelpOverview } from '@/contract/help'
import { HELP_TEXTS as T } from '../texts'

/** 我的联系人: the family's two contacts and the 暖心热线, each a tap from a call. */
export function FamilyContacts({ overview }: { overview: HelpOverview | null }) {
  return (
    <View className="card" ariaLabel={T.contacts}>
      <Text className="heading">{T.contacts}</Text>
      {overview?.contacts.map((contact) => (
        <View key={contact.id} className="help__contact">
          <View>
            <Text className="block">{contact.name}</Text>
            <Text className="text-secondary block">{contact.title}</Text>
          </View>
          <ContactActions phone={contact.phone} callLabel={`${T.call}${contact.name}`} />
        </View>
      ))}
      {overview && (
        <View className="help__contact">
          <View>
            <Text className="block">{T.hotline}</Text>
            <NoBreakText className="text-secondary block" text={`${overview.hotline.name} ${overview.hotline.phone}`} />
          </View>
          <ContactActions phone={overview.hotline.phone} callLabel={T.call} />
        </View>
      )}
    </View>
  )
}
