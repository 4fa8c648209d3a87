import { createAuthService, type AuthService } from './auth-service'
import { createDemoService, type DemoService } from './demo-service'
import { createHttpTransport } from './http-transport'
import { getInProcessBackend } from './in-process-backend'
import { createProfileService, type ProfileService } from './profile-service'
import { createInProcessTransport, type Transport } from './transport'

export interface Services {
  auth: AuthService
  profile: ProfileService
  demo: DemoService
}

export function createServices(transport: Transport): Services {
  return {
    auth: createAuthService(transport),
    profile: createProfileService(transport),
    demo: createDemoService(transport),
  }
}

let services: Services | null = null
let transport: Transport | null = null

function defaultTransport(): Transport {
  // The literal process.env.TARO_APP_* is replaced at build time (see .env and README).
  if (process.env.TARO_APP_API === 'http') return createHttpTransport(process.env.TARO_APP_API_BASE || '/api')
  return createInProcessTransport(getInProcessBackend())
}

/** The transport chosen at build time; feature subpackages build their own service on it. */
export function getTransport(): Transport {
  if (!transport) transport = defaultTransport()
  return transport
}

/** The app's core services (auth, profile, demo) on the transport chosen at build time. */
export function getServices(): Services {
  if (!services) services = createServices(getTransport())
  return services
}

/** Tests swap in services (and the transport feature services use). */
export function setServicesForTesting(next: Services | null, nextTransport: Transport | null = null): void {
  services = next
  transport = nextTransport
}

export { ServiceError, userMessage, isRetryable } from './errors'
export type { ErrorCode } from './errors'
export { setSessionToken, getSessionToken, onSessionExpired } from './session-token'
export { newIdempotencyKey } from './idempotency'
export * from './types'
