/**
 * The signed-in session's token, held here so both transports can send it. The session store
 * sets it on sign-in and when it restores a saved session; services never read stores.
 */
let currentToken: string | null = null

export function setSessionToken(token: string | null): void {
  currentToken = token
}

export function getSessionToken(): string | null {
  return currentToken
}
