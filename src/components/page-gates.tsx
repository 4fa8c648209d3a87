import type { ReactNode } from 'react'
import { goBack, openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { Notice } from './notice'
import { PageShell } from './page-shell'
import { useSessionStore } from '@/stores/session-store'
import type { UserDto } from '@/contract/core'

/** A page that needs an account, opened signed out: says why and offers 去登录. */
function SignInFirst({ message }: { message: string }) {
  return (
    <PageShell>
      <Notice tone="info" message={message} actions={[{ label: '去登录', onClick: () => openPage(ROUTES.signIn) }]} />
    </PageShell>
  )
}

/** A page for another role (its backend refuses this account too): says whom it is for, offers 返回. */
export function NotForThisRole({ message, tone = 'info' }: { message: string; tone?: 'info' | 'error' }) {
  return (
    <PageShell>
      <Notice tone={tone} message={message} actions={[{ label: '返回', onClick: goBack }]} />
    </PageShell>
  )
}

/**
 * The sign-in gate of a page that needs an account: signed out, it says why (message) and offers
 * 去登录; signed in, it draws children for that user. Keep the page's hooks inside the child
 * component, so they run only for a signed-in user.
 */
export function SignedIn({ message, children }: { message: string; children: (user: UserDto) => ReactNode }) {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (!user) return <SignInFirst message={message} />
  return <>{children(user)}</>
}
