import { newCheckInCode } from '../../mock/areas/rooms/check-in-codes'
import { bookingsOf } from '../../mock/areas/rooms/indexes'
import { bookOrWait, cancelBooking } from '../../mock/areas/rooms/ops'
import { seedRooms } from '../../mock/areas/rooms/seed'
import type { BookingRecord, RoomsState, SessionRecord } from '../../mock/areas/rooms/state'

const NOW = Date.parse('2026-11-24T10:00:00+08:00')
const CODE = /^[1-9]\d{5}$/
const SESSION: SessionRecord = { id: 's-1', roomId: 'room-cuiyuan', date: '2026-11-26', start: '09:30', end: '10:30', activity: '亲子绘本共读', ageMin: 0, ageMax: 36, capacity: 50 }

function book(state: RoomsState, family: number, waitlist = false): BookingRecord {
  return bookOrWait(state, {
    session: state.sessions[SESSION.id],
    userId: `f-${family}`,
    child: { id: `c-${family}`, name: '孩子', birthDate: '2025-06-01' },
    carers: 1,
    phone: '13800000000',
    now: NOW,
    waitlist,
  })
}

const codesOf = (bookings: BookingRecord[]) => bookings.map((booking) => booking.code).filter((code): code is string => code !== null)

describe('check-in codes', () => {
  it('are six digits, unique in a session of fifty bookings, and follow no step from one booking to the next', () => {
    const state: RoomsState = { sessions: { [SESSION.id]: { ...SESSION } }, bookings: {}, messages: {}, seq: 0 }
    const booked = Array.from({ length: 50 }, (_, index) => book(state, index + 1))
    // Ten more wait; ten of the fifty cancel, and the ten waiting get places (and codes) in turn.
    const waiting = Array.from({ length: 10 }, (_, index) => book(state, index + 51, true))
    for (const booking of booked.slice(0, 10)) cancelBooking(state, booking, NOW)
    expect(waiting.every((booking) => booking.status === 'booked')).toBe(true)

    const codes = codesOf(bookingsOf(state, SESSION.id))
    expect(codes).toHaveLength(60)
    for (const code of codes) expect(code).toMatch(CODE)
    expect(new Set(codes).size).toBe(60)
    // A formula of the booking number would give the same step (or a few) between neighbours.
    const steps = booked.slice(1).map((booking, index) => (Number(booking.code) - Number(booked[index].code) + 900000) % 900000)
    expect(new Set(steps).size).toBeGreaterThan(40)
  })

  it('differ between two seeds of the same day, and are unique within each seeded session', () => {
    const a = seedRooms({ today: '2026-11-24', now: NOW })
    const b = seedRooms({ today: '2026-11-24', now: NOW })
    const ids = Object.keys(a.bookings).filter((id) => a.bookings[id].code !== null)
    expect(ids.length).toBeGreaterThan(100)
    expect(Object.keys(b.bookings)).toEqual(Object.keys(a.bookings))
    const same = ids.filter((id) => a.bookings[id].code === b.bookings[id].code)
    expect(same.length).toBeLessThan(3)
    for (const state of [a, b]) {
      for (const session of Object.values(state.sessions)) {
        const codes = codesOf(bookingsOf(state, session.id))
        for (const code of codes) expect(code).toMatch(CODE)
        expect(new Set(codes).size).toBe(codes.length)
      }
    }
  })

  it('are drawn again when one is already taken in the session', () => {
    const draws = ['123456', '654321', '123456', '777777']
    const draw = () => draws.shift()!
    expect(newCheckInCode(new Set(['123456', '654321']), draw)).toBe('777777')
    expect(draws).toEqual([])
  })
})
