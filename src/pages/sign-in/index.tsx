import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { ListState, type LoadStatus } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { goBack } from '@/navigation'
import { api, userMessage, type DemoIdentity } from '@/services'
import { useSessionStore } from '@/stores/session-store'
import { SIGN_IN_TEXTS } from './texts'
import './index.scss'

export default function SignInPage() {
  const [identities, setIdentities] = useState<DemoIdentity[]>([])
  const [status, setStatus] = useState<LoadStatus>('idle')
  const [loadError, setLoadError] = useState('')
  const [pendingId, setPendingId] = useState<string | null>(null)
  const [signInError, setSignInError] = useState<{ id: string; message: string } | null>(null)
  const currentId = useSessionStore((state) => state.session?.user.id)
  const signIn = useSessionStore((state) => state.signIn)

  async function load() {
    setStatus('loading')
    try {
      setIdentities(await api().call('auth.identities'))
      setStatus('ready')
    } catch (error) {
      setLoadError(`${SIGN_IN_TEXTS.loadFailed}：${userMessage(error)}`)
      setStatus('error')
    }
  }

  useLoad(() => void load())

  async function choose(identity: DemoIdentity) {
    if (pendingId) return
    setPendingId(identity.id)
    setSignInError(null)
    try {
      const session = await signIn(identity.id)
      void Taro.showToast({ title: SIGN_IN_TEXTS.welcome(session.user.name), icon: 'none' })
      goBack()
    } catch (error) {
      setSignInError({ id: identity.id, message: `${SIGN_IN_TEXTS.signInFailed}：${userMessage(error)}` })
    } finally {
      setPendingId(null)
    }
  }

  const failed = signInError && identities.find((identity) => identity.id === signInError.id)

  return (
    <PageShell>
      <Text className="page-title">{SIGN_IN_TEXTS.title}</Text>
      <Text className="text-secondary block">{SIGN_IN_TEXTS.hint}</Text>
      <View className="row-gap" />
      {signInError && failed && (
        <Notice tone="error" message={signInError.message} actions={[{ label: '重试', onClick: () => void choose(failed) }]} />
      )}
      <ListState status={status} errorMessage={loadError} onRetry={() => void load()} empty={identities.length === 0}>
        {identities.map((identity) => (
          <View
            key={identity.id}
            className={`card sign-in__identity${identity.id === currentId ? ' sign-in__identity--current' : ''}`}
            role="button"
            onClick={() => void choose(identity)}
          >
            <Text className="sign-in__label">{identity.label}</Text>
            <Text className="sign-in__name">
              {identity.name}
              {identity.id === currentId ? `（${SIGN_IN_TEXTS.current}）` : ''}
            </Text>
            <Text className="text-secondary">{pendingId === identity.id ? SIGN_IN_TEXTS.signingIn : identity.description}</Text>
          </View>
        ))}
      </ListState>
      <Button className="btn btn--secondary btn--block" onClick={goBack}>
        {SIGN_IN_TEXTS.skip}
      </Button>
    </PageShell>
  )
}
