import { goBack, openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { Notice } from './notice'
import { PageShell } from './page-shell'

/** A page that needs an account, opened signed out: says why and offers 去登录. */
export function SignInFirst({ message }: { message: string }) {
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
