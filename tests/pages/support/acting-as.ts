/**
 * Another person using the app at the same time: calls the test's backend with their own
 * session, without touching the session the page under test is signed in with.
 */
import type { PageHarness } from './page-harness'

let keys = 0

export interface OtherUser {
  /** Calls a backend method as this user; throws with the backend's message when it fails. */
  call<T>(method: string, payload?: unknown): Promise<T>
}

export async function actingAs(h: PageHarness, identityId: string): Promise<OtherUser> {
  const signedIn = await h.backend.handle({ method: 'auth.signIn', payload: { identityId }, token: null, idempotencyKey: `other-${++keys}` })
  if (!signedIn.ok) throw new Error(`cannot sign in as ${identityId}: ${signedIn.error.message}`)
  const { token } = signedIn.data as { token: string }
  return {
    async call<T>(method: string, payload: unknown = null): Promise<T> {
      const response = await h.backend.handle({ method, payload, token, idempotencyKey: `other-${++keys}` })
      if (!response.ok) throw new Error(`${method} as ${identityId}: ${response.error.message}`)
      return response.data as T
    },
  }
}
