import { Text, View } from '@tarojs/components'
import { Switch } from '@/components/taro/switch'
import { Button } from '@/components/button'
import { useDidShow } from '@tarojs/taro'
import { EntryRow } from '@/components/entry-row'
import { PageShell } from '@/components/page-shell'
import { ROLE_LABELS } from '@/domain/roles'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useElderMode, usePreferencesStore } from '@/stores/preferences-store'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { useAccountActions } from '../model/use-account-actions'
import { FamilySummary } from './family-summary'
import { ServiceEntries } from './service-entries'
import { ME_TEXTS } from './texts'
import './index.scss'

export default function MePage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const elderMode = useElderMode()
  const setElderMode = usePreferencesStore((state) => state.setElderMode)
  const { resetDemo, signOut } = useAccountActions()
  const loadFamily = useFamilyStore((state) => state.load)
  // Children and pregnancy belong to families; staff and special-family accounts do not keep them here.
  const keepsFamily = user?.role === 'parent' || user?.role === 'instructor'

  // A tab page stays alive under the pages opened from it: what they saved shows on return.
  useDidShow(() => {
    if (useSessionStore.getState().session) void loadFamily()
  })

  return (
    <PageShell>
      {user ? (
        <View className="card" ariaLabel="当前身份">
          <Text className="me__name">{user.name}</Text>
          <Text className="me__role">{ROLE_LABELS[user.role]}</Text>
          <Text className="text-secondary block">{user.organisation}</Text>
          <Text className="text-secondary block">{user.title}</Text>
          <Text className="text-secondary block">{`手机 ${user.phoneMasked}`}</Text>
        </View>
      ) : (
        <View className="card">
          <Text className="me__name">{ME_TEXTS.signedOutTitle}</Text>
          <Text className="text-secondary block">{ME_TEXTS.signedOutHint}</Text>
          <View className="row-gap" />
          <Button className="btn btn--primary" onClick={() => openPage(ROUTES.signIn)}>
            {ME_TEXTS.signIn}
          </Button>
        </View>
      )}

      {user && keepsFamily && <FamilySummary />}

      {user && <ServiceEntries role={user.role} />}

      <View className="card">
        <Text className="heading">{ME_TEXTS.settings}</Text>
        <EntryRow
          label={ME_TEXTS.elderMode}
          value={ME_TEXTS.elderModeHint}
          trailing={
            <Switch
              checked={elderMode}
              color="#c2410c"
              ariaLabel={ME_TEXTS.elderMode}
              onChange={(event) => setElderMode(user?.id ?? null, Boolean(event.detail.value))}
            />
          }
        />
        <EntryRow label={ME_TEXTS.privacy} value={user ? ME_TEXTS.privacyHint : undefined} onClick={() => openPage(ROUTES.privacy)} />
        <EntryRow label={ME_TEXTS.about} onClick={() => openPage(ROUTES.about)} />
        {user && <EntryRow label={ME_TEXTS.reset} onClick={resetDemo} />}
      </View>

      {user && (
        <View className="me__actions">
          <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.signIn)}>
            {ME_TEXTS.switchIdentity}
          </Button>
          <Button className="btn btn--danger btn--block" onClick={signOut}>
            {ME_TEXTS.signOut}
          </Button>
        </View>
      )}
    </PageShell>
  )
}
