import { getTransport } from '../../services'
import { createCheckupService, type CheckupService } from '../../services/checkup-service'
import './register-mock'

let service: CheckupService | null = null

/** 婚孕检's service on the app's transport (importing this registers the in-process mock area). */
export function checkupService(): CheckupService {
  if (!service) service = createCheckupService(getTransport())
  return service
}
