import { Text } from '@tarojs/components'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { ContactHome } from '../../components/contact-home'
import { FamilyHome } from '../../components/family-home'
import { OVERVIEW_TEXTS } from '../../overview-texts'
import { HELP_TEXTS as T } from '../../texts'
import '../../help.scss'

export default function HelpHomePage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role === 'special_family') return <FamilyHome />
  if (user?.role === 'contact') return <ContactHome />
  if (user?.role === 'association') {
    return (
      <PageShell>
        <Text className="page-title">{T.title}</Text>
        <Notice tone="info" message={OVERVIEW_TEXTS.intro} actions={[{ label: OVERVIEW_TEXTS.title, onClick: () => openPage(ROUTES.careOverview) }]} />
      </PageShell>
    )
  }
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Notice tone="info" message={T.notForYou} actions={user ? [] : [{ label: T.goSignIn, onClick: () => openPage(ROUTES.signIn) }]} />
    </PageShell>
  )
}
