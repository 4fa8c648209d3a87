import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { useSessionStore } from '@/stores/session-store'
import { PRIVACY_POLICY } from '../../privacy-policy'
import { PRIVACY_TEXTS as T } from '../../texts'
import { ConsentList } from './consent-list'
import './index.scss'

/** 隐私与授权: the consents this account gave (with withdrawal), then the policy itself. */
export default function PrivacyPage() {
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  return (
    <PageShell>
      {userId ? <ConsentList key={userId} userId={userId} /> : <Text className="text-secondary block">{T.signedOut}</Text>}
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
