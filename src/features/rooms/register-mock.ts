import { roomsArea } from '../../../mock/areas/rooms'
import { registerMockArea } from '../../services/in-process-backend'

// Imported by every page of this subpackage, so the rooms and sessions ship here.
registerMockArea(roomsArea)
