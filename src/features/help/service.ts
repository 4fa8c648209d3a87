import { getTransport } from '../../services'
import { createHelpService, type HelpService } from '../../services/help-service'
import './register-mock'

/** 暖心服务's service on the app's transport (importing this registers the in-process mock area). */
export function helpService(): HelpService {
  return createHelpService(getTransport())
}
