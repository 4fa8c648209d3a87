import { getTransport } from '../../services'
import { createRoomsService, type RoomsService } from '../../services/rooms-service'
import './register-mock'

/** 亲子小屋's service on the app's transport (importing this registers the in-process mock area). */
export function roomsService(): RoomsService {
  return createRoomsService(getTransport())
}
