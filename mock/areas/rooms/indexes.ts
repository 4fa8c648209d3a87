import { derivedCache, rawOf } from '../../core/change-tracker'
import type { BookingRecord, RoomsState, SessionRecord } from './state'

/**
 * Ids of a collection's records grouped by one field that never changes (a booking's session and
 * family, a session's room): built once per collection in one pass (a reload brings a new
 * collection; a rolled-back call makes it forget, see derivedCache) and kept up to date by
 * addBooking and addSession, the only ways records join the state after it is built. Records
 * never leave the rooms state. Ids, not records: a write reads each record through its
 * transaction (mock/core/change-tracker.ts), so what it changes is known.
 *
 * Without them a count scanned everything: every session's counts scanned every booking
 * (opening 亲子小屋 took 250 ms of a slow phone's main thread for rooms.list alone), a booking
 * scanned every booking for the family's limit, an instructor's list every session.
 */
function groupIndex<R extends { id: string }>(field: keyof R & string) {
  const built = derivedCache<Map<string, string[]>>()
  const of = (collection: Record<string, R>): Map<string, string[]> => {
    const records = rawOf(collection)
    let index = built.get(records)
    if (!index) {
      index = new Map()
      for (const record of Object.values(records)) push(index, String(record[field]), record.id)
      built.set(records, index)
    }
    return index
  }
  return {
    /** The records whose field is `value`, in the order they joined; a new list. */
    records(collection: Record<string, R>, value: string): R[] {
      return (of(collection).get(value) ?? []).map((id) => collection[id]).filter((record): record is R => record !== undefined)
    },
    /** Keeps a built index up to date with a record that has just joined the collection. */
    added(collection: Record<string, R>, record: R): void {
      const index = built.get(rawOf(collection))
      if (index) push(index, String(record[field]), record.id)
    },
  }
}

function push(index: Map<string, string[]>, key: string, id: string): void {
  const list = index.get(key)
  if (list) list.push(id)
  else index.set(key, [id])
}

const bookingsBySession = groupIndex<BookingRecord>('sessionId')
const bookingsByUser = groupIndex<BookingRecord>('userId')
const sessionsByRoom = groupIndex<SessionRecord>('roomId')

/** A session's bookings in the order they were made (a new list: callers may sort it). */
export const bookingsOf = (state: RoomsState, sessionId: string): BookingRecord[] => bookingsBySession.records(state.bookings, sessionId)

/** A family's bookings, every session's, in the order they were made. */
export const bookingsOfUser = (state: RoomsState, userId: string): BookingRecord[] => bookingsByUser.records(state.bookings, userId)

/** A room's sessions, in the order they were added. */
export const sessionsOfRoom = (state: RoomsState, roomId: string): SessionRecord[] => sessionsByRoom.records(state.sessions, roomId)

/** Adds a booking to the state, and to the indexes already built. */
export function addBooking(state: RoomsState, booking: BookingRecord): void {
  state.bookings[booking.id] = booking
  bookingsBySession.added(state.bookings, booking)
  bookingsByUser.added(state.bookings, booking)
}

/** Adds a new session to the state, and to the index already built. */
export function addSession(state: RoomsState, session: SessionRecord): void {
  state.sessions[session.id] = session
  sessionsByRoom.added(state.sessions, session)
}
