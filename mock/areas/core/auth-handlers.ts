import { ROLE_LABELS } from '../../../src/domain/roles'
import type { AuthApi } from '../../../src/services/api'
import { ServiceError } from '../../../src/services/errors'
import type { HandlerMap } from '../../core/area'
import type { CoreState } from '../../core/core-state'
import { toUserDto } from '../../core/dto'

export const SESSION_DAYS = 30

function newToken(): string {
  return `s-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`
}

export const authHandlers: HandlerMap<AuthApi, CoreState> = {
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
    handle: ({ state, now }, payload) => {
      // Every seeded person can sign in (tests act as each of them); the sign-in page offers
      // the demo identities only, one per role.
      const user = payload && state.users[payload.identityId]
      if (!user) throw new ServiceError('NOT_FOUND', '没有这个演示身份，请重新选择')
      if (payload.loginCode !== undefined) {
        if (typeof payload.loginCode !== 'string' || !payload.loginCode.trim()) {
          throw new ServiceError('VALIDATION', '微信登录凭证无效，请重试')
        }
        // A real backend exchanges the code with WeChat's code2Session; the mock derives a stable id.
        user.weappOpenId = `mock-openid-${user.id}`
      }
      const token = newToken()
      const expiresAt = now + SESSION_DAYS * 24 * 3600 * 1000
      state.sessions[token] = { userId: user.id, createdAt: now, expiresAt }
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
    handle: ({ user }) => toUserDto(user!),
  },
}
