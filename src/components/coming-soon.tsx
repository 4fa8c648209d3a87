import { Text, View } from '@tarojs/components'
import { PageShell } from './page-shell'

interface Props {
  title: string
  summary: string
  upcoming: string[]
}

/** What a service will offer, until that service's pages land. */
export function ComingSoon({ title, summary, upcoming }: Props) {
  return (
    <PageShell>
      <Text className="page-title">{title}</Text>
      <View className="card">
        <Text className="block">{summary}</Text>
      </View>
      <View className="card" ariaLabel="即将上线">
        <Text className="heading">服务即将上线</Text>
        {upcoming.map((item) => (
          <Text key={item} className="block">{`· ${item}`}</Text>
        ))}
      </View>
    </PageShell>
  )
}
