import Taro from '@tarojs/taro'
import { canUseEntry } from '@/domain/roles'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { centresApi } from '../service'

/**
 * One centre's page: its details (titled with its name), and for a parent 收藏 and 预约参观;
 * a visitor who taps either is sent to sign in first.
 */
export function useCentre(id: string) {
  const user = useSessionStore((state) => state.session?.user ?? null)
  // Loaded again for another account: whether it is a favourite is that account's.
  const centre = useQuery(
    async () => {
      const found = await centresApi().call('centres.centre', { id })
      void Taro.setNavigationBarTitle({ title: found.name })
      return found
    },
    [id, user?.id],
    { refreshOnShow: false },
  )
  const favourite = useSubmit((key: string, on: boolean) => centresApi().call('centres.favourite', { id, on }, { idempotencyKey: key }))
  const data = centre.data

  async function toggleFavourite() {
    if (!data) return
    if (!user) {
      openPage(ROUTES.signIn)
      return
    }
    const result = await favourite.submit(!data.favourite)
    if (result.ok) centre.setData({ ...data, favourite: result.value.favourite })
    else void Taro.showToast({ title: result.error.message, icon: 'none' })
  }

  return {
    centre,
    /** Favourites and visits are a parent's (a visitor sees them too, and is asked to sign in). */
    forParents: !user || canUseEntry(user.role, 'centresMine'),
    favouritePending: favourite.pending,
    toggleFavourite: () => void toggleFavourite(),
    requestVisit: () => openPage(user ? ROUTES.centresVisit : ROUTES.signIn, user && data ? { id: data.id } : {}),
  }
}
