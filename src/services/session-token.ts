/**
 * The signed-in session's token, held here so both transports can send it. The session store
 * sets it on sign-in and when it restores a saved session; services never read stores.
 */
let currentToken: string | null = null
const expiryListeners = new Set<() => void>()

export function setSessionToken(token: string | null): void {
  currentToken = token
}

export function getSessionToken(): string | null {
  return currentToken
}

/** The session store listens, so an expired session signs the user out wherever it is noticed. */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener)
  return () => expiryListeners.delete(listener)
}

export function notifySessionExpired(): void {
  for (const listener of expiryListeners) listener()
}
