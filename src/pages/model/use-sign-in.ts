import Taro from '@tarojs/taro'
import { useState } from 'react'
import { userMessage } from '@/contract/errors'
import { useQuery } from '@/hooks/use-query'
import { goBack } from '@/navigation'
import { api, type DemoIdentity } from '@/services'
import { useSessionStore } from '@/stores/session-store'
import { SIGN_IN_TEXTS as T } from '../sign-in/texts'

/**
 * Signing in as one of the demo identities the backend offers: one sign-in at a time, a failure
 * stays on the page with 重试 for that identity, success goes back to the page that asked.
 */
export function useSignIn() {
  // The list is the backend's fixed demo set: coming back to this page needs no new load.
  const identities = useQuery(() => api().call('auth.identities'), [], { refreshOnShow: false, failedText: T.loadFailed })
  const [pendingId, setPendingId] = useState<string | null>(null)
  const [signInError, setSignInError] = useState<{ id: string; message: string } | null>(null)
  const currentId = useSessionStore((state) => state.session?.user.id)
  const signIn = useSessionStore((state) => state.signIn)

  async function choose(identity: DemoIdentity) {
    if (pendingId) return
    setPendingId(identity.id)
    setSignInError(null)
    try {
      const session = await signIn(identity.id)
      void Taro.showToast({ title: T.welcome(session.user.name), icon: 'none' })
      goBack()
    } catch (error) {
      setSignInError({ id: identity.id, message: `${T.signInFailed}：${userMessage(error)}` })
    } finally {
      setPendingId(null)
    }
  }

  const list = identities.data ?? []
  const failed = signInError && list.find((identity) => identity.id === signInError.id)
  return {
    identities: list,
    listState: { ...identities.listState, empty: list.length === 0 },
    currentId,
    pendingId,
    failure: signInError && failed ? { message: signInError.message, retry: () => void choose(failed) } : null,
    choose: (identity: DemoIdentity) => void choose(identity),
  }
}
