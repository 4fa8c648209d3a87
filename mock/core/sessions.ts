import type { CoreState } from './core-state'
import { randomText } from './random'

export const SESSION_DAYS = 30
/** Sign-ins one person may hold at once (phones, browsers); the oldest ends when one more starts. */
export const MAX_SESSIONS_PER_USER = 5

const DAY_MS = 24 * 3600 * 1000

/** Drops sessions that have expired, so the core state does not grow with every sign-in. */
export function pruneSessions(state: CoreState, now: number): void {
  for (const [token, session] of Object.entries(state.sessions)) {
    if (session.expiresAt <= now) delete state.sessions[token]
  }
}

/** A new session for the user: 128 bits from the platform's random source (mock/core/random.ts). */
export function openSession(state: CoreState, userId: string, now: number): { token: string; expiresAt: number } {
  pruneSessions(state, now)
  const own = Object.entries(state.sessions)
    .filter(([, session]) => session.userId === userId)
    .sort(([, a], [, b]) => a.createdAt - b.createdAt)
  for (const [token] of own.slice(0, Math.max(0, own.length - MAX_SESSIONS_PER_USER + 1))) delete state.sessions[token]
  const token = `s-${randomText(25)}`
  const expiresAt = now + SESSION_DAYS * DAY_MS
  state.sessions[token] = { userId, createdAt: now, expiresAt }
  return { token, expiresAt }
}
