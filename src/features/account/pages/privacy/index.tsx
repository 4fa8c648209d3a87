import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { PRIVACY_POLICY } from '../../privacy-policy'

export default function PrivacyPage() {
  return (
    <PageShell>
      <Text className="page-title">{PRIVACY_POLICY.title}</Text>
      <Text className="text-secondary block">{PRIVACY_POLICY.updated}</Text>
      {PRIVACY_POLICY.sections.map((section) => (
        <View key={section.heading} className="card">
          <Text className="heading">{section.heading}</Text>
          {section.items.map((item) => (
            <Text key={item} className="block">
              {item}
            </Text>
          ))}
        </View>
      ))}
    </PageShell>
  )
}
