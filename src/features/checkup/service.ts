import { getTransport } from '../../services'
import { createCheckupService, type CheckupService } from '../../services/checkup-service'
import './register-mock'

/** 婚孕检's service on the app's transport (importing this registers the in-process mock area). */
export function checkupService(): CheckupService {
  // Cheap to build; not cached, so it always uses the current transport (tests swap it).
  return createCheckupService(getTransport())
}
