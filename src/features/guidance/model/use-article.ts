import Taro, { useShareAppMessage } from '@tarojs/taro'
import { canUseEntry } from '@/domain/roles'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { copyText, toastIfFailed } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { newIdempotencyKey } from '@/services'
import { useSessionStore } from '@/stores/session-store'
import { guidanceApi } from '../service'
import { ARTICLE_TEXTS as T, GUIDANCE_TEXTS } from '../texts'

/**
 * A parent reads an article (opened from a share, `from` names the sharer, whom the backend
 * credits with the read), saves it to 收藏, and shares it: weapp's share menu, or on H5 a copied
 * link. Each share gets a new key: sharing twice counts two shares.
 */
export function useArticle(id: string, from: string | undefined) {
  const user = useSessionStore((state) => state.session?.user ?? null)
  // Loaded once per opening: what other pages change (another article's 收藏) does not show here.
  const article = useQuery(() => guidanceApi().call('guidance.article', { id, from }), [id, user?.id], { refreshOnShow: false })
  const favourite = useSubmit((key: string, on: boolean) => guidanceApi().call('guidance.favourite', { id, on }, { idempotencyKey: key }))
  const data = article.data
  const sharePath = () => `${ROUTES.guidanceArticle}?id=${id}${user ? `&from=${user.id}` : ''}`
  const countShare = () => guidanceApi().call('guidance.share', { id }, { idempotencyKey: newIdempotencyKey() })

  // weapp: the share menu and the 分享 button both end here; the path carries the sharer's id.
  useShareAppMessage(() => {
    if (user) void countShare().catch(() => undefined)
    return { title: data?.title ?? GUIDANCE_TEXTS.title, path: sharePath() }
  })

  async function toggleFavourite() {
    if (!data) return
    if (!user) {
      void Taro.showToast({ title: T.signInToFavourite, icon: 'none' })
      openPage(ROUTES.signIn)
      return
    }
    const result = await favourite.submit(!data.favourite)
    if (result.ok) {
      article.setData({ ...data, favourite: result.value.favourite })
      void Taro.showToast({ title: result.value.favourite ? T.favouriteAdded : T.favouriteRemoved, icon: 'none' })
    } else {
      void Taro.showToast({ title: result.error.message, icon: 'none' })
    }
  }

  async function copyLink() {
    let path = sharePath()
    if (user) {
      try {
        path = (await countShare()).path
      } catch {
        // Copying still works; only the share count misses this one.
      }
    }
    const copied = await copyText(`${window.location.origin}${window.location.pathname}#${path}`)
    if (copied.ok) void Taro.showToast({ title: T.linkCopied, icon: 'none' })
    else toastIfFailed(copied)
  }

  return {
    listState: article.listState,
    data,
    /** Signed out, 收藏 shows too: tapping it asks to sign in. */
    canFavourite: !user || canUseEntry(user.role, 'guidanceFavourites'),
    favouritePending: favourite.pending,
    toggleFavourite,
    copyLink,
  }
}
