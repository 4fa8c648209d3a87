import { Text, View } from '@tarojs/components'
import { EntryRow } from '@/components/entry-row'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { PregnancyCard } from '../../components/pregnancy-card'
import { useCheckupHome } from '../../model/use-checkup-home'
import { CHECKUP_TEXTS as T, PROGRAMME_SHORT } from '../../texts'
import '../../checkup.scss'

export default function CheckupIndexPage() {
  const home = useCheckupHome()
  const { programmes, mine, saved } = home

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <PregnancyCard
        signedIn={home.signedIn}
        pregnancy={home.pregnancy}
        status={mine.status}
        today={home.today}
        ending={home.ending}
        onRetry={() => void mine.reload()}
      />

      <View className="card">
        <EntryRow label={T.guideEntry} value={T.guideEntryHint} onClick={() => openPage(ROUTES.checkupGuide)} />
        <EntryRow label={T.institutionsEntry} value={T.institutionsEntryHint} onClick={() => openPage(ROUTES.checkupInstitutions)} />
      </View>

      {saved && (
        <View className="card" ariaLabel={T.savedResult}>
          <Text className="heading">{T.savedResult}</Text>
          <Text className="block">{saved.programmes.length > 0 ? saved.programmes.map((id) => PROGRAMME_SHORT[id]).join('、') : T.noneAdvised}</Text>
          <Text className="text-secondary block">{T.savedOn(saved.savedOn)}</Text>
        </View>
      )}

      <Text className="heading">{T.programmesTitle}</Text>
      <ListState {...programmes.listState}>
        {programmes.data?.map((programme) => (
          <View
            key={programme.id}
            className="card checkup__programme"
            role="link"
            onClick={() => openPage(ROUTES.checkupProgramme, { id: programme.id })}
          >
            <Text className="checkup__programme-name">{programme.name}</Text>
            <Text className="text-secondary">{programme.tagline}</Text>
          </View>
        ))}
      </ListState>
    </PageShell>
  )
}
