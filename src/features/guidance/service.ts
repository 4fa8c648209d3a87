import { getTransport } from '../../services'
import { createGuidanceService, type GuidanceService } from '../../services/guidance-service'
import './register-mock'

/** 优生优育's service on the app's transport (importing this registers the in-process mock area). */
export function guidanceService(): GuidanceService {
  // Cheap to build; not cached, so it always uses the current transport (tests swap it).
  return createGuidanceService(getTransport())
}
