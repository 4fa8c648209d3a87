import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { HELP_TEXTS as T } from '../texts'
import { CoverageCard } from './coverage-card'

/**
 * 暖心服务 for a special family: ask for help, then 我的三个全覆盖 (the two contacts and the 暖心热线
 * to call, the 家庭医生, the 就医绿色通道, the 特别扶助金 and the insurance), then my requests.
 */
export function FamilyHome() {
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <Button className="btn btn--primary btn--block help__big" onClick={() => openPage(ROUTES.helpRequest)}>
        {T.ask}
      </Button>
      <View className="row-gap" />
      <CoverageCard />
      <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.helpMine)}>
        {T.mine}
      </Button>
    </PageShell>
  )
}
