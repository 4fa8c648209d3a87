import type { RoomsApi } from '../../../src/services/rooms-api'
import { defineArea } from '../../core/area'
import { roomsHandlers } from './handlers'
import { seedRooms } from './seed'
import type { RoomsState } from './state'

/** 向日葵亲子小屋: five rooms, three weeks of sessions, other families' bookings, the waitlist. */
export const roomsArea = defineArea<RoomsApi, RoomsState>({
  name: 'rooms',
  schemaVersion: 1,
  seed: seedRooms,
  handlers: roomsHandlers,
})
