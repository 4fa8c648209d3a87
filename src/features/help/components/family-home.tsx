import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useHelpOverview } from '../model/use-help-overview'
import { HELP_TEXTS as T } from '../texts'
import { FamilyContacts } from './family-contacts'

/** 暖心服务 for a special family: ask for help, the two contacts, my requests. */
export function FamilyHome() {
  const overview = useHelpOverview()
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <Button className="btn btn--primary btn--block help__big" onClick={() => openPage(ROUTES.helpRequest)}>
        {T.ask}
      </Button>
      <View className="row-gap" />
      <ListState {...overview.listState}>
        <FamilyContacts overview={overview.data} />
      </ListState>
      <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.helpMine)}>
        {T.mine}
      </Button>
    </PageShell>
  )
}
