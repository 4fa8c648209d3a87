import type { authMethods } from '@/contract/core'
import { ROLE_LABELS } from '@/domain/roles'
import { ownValue } from '@/domain/own'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import type { CoreState } from '../../core/core-state'
import { toUserDto } from '../../core/dto'
import { openSession } from '../../core/sessions'

export const authHandlers: ContractHandlers<typeof authMethods, CoreState> = {
  'auth.identities': {
    access: 'public',
    handle: ({ state }) =>
      Object.values(state.users)
        .filter((user) => user.demo)
        .sort((a, b) => (a.demo?.order ?? 0) - (b.demo?.order ?? 0))
        .map((user) => ({
          id: user.id,
          role: user.role,
          label: user.demo?.label ?? ROLE_LABELS[user.role],
          name: user.name,
          description: user.demo?.description ?? '',
        })),
  },
  'auth.signIn': {
    access: 'public',
    write: true,
    handle: ({ state, now }, { identityId, loginCode }) => {
      // Every seeded person can sign in (tests act as each of them); the sign-in page offers
      // the demo identities only, one per role.
      const user = ownValue(state.users, identityId)
      if (!user) throw new ServiceError('NOT_FOUND', '没有这个演示身份，请重新选择')
      // A real backend exchanges the code with WeChat's code2Session; the mock derives a stable id.
      if (loginCode !== undefined) user.weappOpenId = `mock-openid-${user.id}`
      const { token, expiresAt } = openSession(state, user.id, now)
      return { token, user: toUserDto(user), expiresAt }
    },
  },
  'auth.signOut': {
    access: 'signed-in',
    write: true,
    handle: ({ state, token }) => {
      if (token) delete state.sessions[token]
      return { done: true }
    },
  },
  'auth.me': {
    access: 'signed-in',
    handle: ({ user }) => toUserDto(user),
  },
}
