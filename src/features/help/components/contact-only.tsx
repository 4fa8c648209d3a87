import type { ReactNode } from 'react'
import { NotForThisRole, SignedIn } from '@/components/page-gates'
import type { UserDto } from '@/contract/core'
import { CARE_TEXTS as T } from '../care-texts'

/** The gate of the 双岗联系人's own pages: signed out, 去登录; another role, whom the page is for. */
export function ContactOnly({ children }: { children: (user: UserDto) => ReactNode }) {
  return <SignedIn message={T.signIn}>{(user) => (user.role === 'contact' ? children(user) : <NotForThisRole message={T.notForYou} />)}</SignedIn>
}
