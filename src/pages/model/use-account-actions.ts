import Taro from '@tarojs/taro'
import { userMessage } from '@/contract/errors'
import { api } from '@/services'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { ME_TEXTS as T } from '../me/texts'

/** 我的's account actions: 重置演示数据 and 退出登录, each asked first. */
export function useAccountActions() {
  const signOut = useSessionStore((state) => state.signOut)
  const loadFamily = useFamilyStore((state) => state.load)

  async function resetDemo() {
    const { confirm } = await Taro.showModal({ title: T.resetConfirmTitle, content: T.resetConfirm })
    if (!confirm) return
    try {
      await api().call('demo.reset')
      await loadFamily()
      void Taro.showToast({ title: T.resetDone, icon: 'success' })
    } catch (error) {
      void Taro.showToast({ title: userMessage(error), icon: 'none' })
    }
  }

  async function confirmSignOut() {
    const { confirm } = await Taro.showModal({ title: T.signOut, content: T.signOutConfirm })
    if (!confirm) return
    try {
      await signOut()
      void Taro.showToast({ title: T.signedOut, icon: 'none' })
    } catch {
      // The device has forgotten the session either way; the server's copy expires by itself.
      void Taro.showToast({ title: T.signedOutOffline, icon: 'none' })
    }
  }

  return { resetDemo: () => void resetDemo(), signOut: () => void confirmSignOut() }
}
