import { Text } from '@tarojs/components'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { ExplainerSection } from '../../components/explainer-section'
import { MineSection } from '../../components/mine-section'
import { useSupportOverview } from '../../model/use-support-overview'
import { SUPPORT_TEXTS as T } from '../../texts'
import '../../support.scss'

/** 生育支持: what this family can claim (parents), then the public explainer (everyone). */
export default function SupportPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const overview = useSupportOverview(user)
  const { mine, explainer } = overview

  return (
    <PageShell>
      <Text className="text-secondary block">{T.intro}</Text>
      <Text className="support__local-check">{T.localCheck}</Text>
      {!user && <Notice tone="info" message={T.signInHint} actions={[{ label: T.signIn, onClick: () => openPage(ROUTES.signIn) }]} />}
      {user && !overview.isParent && <Notice tone="info" message={T.notForRole} />}
      {overview.isParent && (
        <MineSection mine={mine.data} listState={mine.listState} hasFamily={overview.hasFamily} now={overview.now} soon={overview.soon} />
      )}
      <ExplainerSection
        shown={overview.explainerShown}
        onShow={overview.showExplainer}
        explainer={explainer.data}
        listState={explainer.listState}
        region={overview.region}
        onRegion={overview.pickRegion}
      />
    </PageShell>
  )
}
