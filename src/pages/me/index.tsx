import { Text, View } from '@tarojs/components'
import { Switch } from '@/components/taro/switch'
import { Button } from '@/components/button'
import Taro, { useDidShow } from '@tarojs/taro'
import { EntryRow } from '@/components/entry-row'
import { PageShell } from '@/components/page-shell'
import { ROLE_LABELS } from '@/domain/roles'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { api, userMessage } from '@/services'
import { useFamilyStore } from '@/stores/family-store'
import { useElderMode, usePreferencesStore } from '@/stores/preferences-store'
import { useSessionStore } from '@/stores/session-store'
import { FamilySummary } from './family-summary'
import { ServiceEntries } from './service-entries'
import { ME_TEXTS } from './texts'
import './index.scss'

export default function MePage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const signOut = useSessionStore((state) => state.signOut)
  const elderMode = useElderMode()
  const setElderMode = usePreferencesStore((state) => state.setElderMode)
  const loadFamily = useFamilyStore((state) => state.load)
  // Children and pregnancy belong to families; staff and special-family accounts do not keep them here.
  const keepsFamily = user?.role === 'parent' || user?.role === 'instructor'

  useDidShow(() => {
    if (useSessionStore.getState().session) void loadFamily()
  })

  async function resetDemo() {
    const { confirm } = await Taro.showModal({ title: ME_TEXTS.resetConfirmTitle, content: ME_TEXTS.resetConfirm })
    if (!confirm) return
    try {
      await api().call('demo.reset')
      await loadFamily()
      void Taro.showToast({ title: ME_TEXTS.resetDone, icon: 'success' })
    } catch (error) {
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  async function confirmSignOut() {
    const { confirm } = await Taro.showModal({ title: ME_TEXTS.signOut, content: ME_TEXTS.signOutConfirm })
    if (!confirm) return
    try {
      await signOut()
      void Taro.showToast({ title: ME_TEXTS.signedOut, icon: 'none' })
    } catch {
      // The device has forgotten the session either way; the server's copy expires by itself.
      void Taro.showToast({ title: ME_TEXTS.signedOutOffline, icon: 'none' })
    }
  }

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
        {user && <EntryRow label={ME_TEXTS.reset} onClick={() => void resetDemo()} />}
      </View>

      {user && (
        <View className="me__actions">
          <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.signIn)}>
            {ME_TEXTS.switchIdentity}
          </Button>
          <Button className="btn btn--danger btn--block" onClick={() => void confirmSignOut()}>
            {ME_TEXTS.signOut}
          </Button>
        </View>
      )}
    </PageShell>
  )
}
