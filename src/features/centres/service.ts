import { getTransport } from '../../services'
import { createCentresService, type CentresService } from '../../services/centres-service'
import './register-mock'

/** 托育机构's service on the app's transport (importing this registers the in-process mock area). */
export function centresService(): CentresService {
  return createCentresService(getTransport())
}
