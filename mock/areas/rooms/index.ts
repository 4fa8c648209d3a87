import { roomsMethods } from '@/contract/rooms'
import { defineContractArea } from '../../core/area'
import { familyHandlers } from './family-handlers'
import { instructorHandlers } from './instructor-handlers'
import { roomsMigrations } from './migrations'
import { seedRooms } from './seed'
import { RoomsStateSchema, type RoomsState } from './state'

/** 向日葵亲子小屋: five rooms, three weeks of sessions, other families' bookings, the waitlist. */
export const roomsArea = defineContractArea({
  name: 'rooms',
  contract: roomsMethods,
  // Checked after migration: the current version's shape.
  stateSchema: RoomsStateSchema,
  // v2: check-in codes drawn at random (migrations.ts).
  schemaVersion: 2,
  seed: (context): RoomsState => seedRooms(context),
  migrations: roomsMigrations,
  handlers: { ...familyHandlers, ...instructorHandlers },
})
