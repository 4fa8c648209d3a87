import { roomsArea } from '../../mock/areas/rooms'
import type { RoomsState } from '../../mock/areas/rooms/state'
import type { MockArea, SeedContext } from '../../mock/core/area'
import { loadArea } from '../../mock/core/load-area'
import { areaKey, readStoredArea } from '../../mock/core/persistence'
import { createMemoryStorage } from '../../mock/core/storage'
import { DEFAULT_NOW } from '../support/clock'

const context: SeedContext = { now: DEFAULT_NOW, today: '2026-11-24' }
/** How v1 gave out codes: anyone who knows a booking's number (its id) could work this out. */
const formula = (seq: number) => String(((seq * 7919) % 900000) + 100000)

describe('rooms v1 → v2: check-in codes', () => {
  it('draws every code still usable again at random, and the message that showed it shows the new one', () => {
    const v1 = roomsArea.seed(context)
    for (const booking of Object.values(v1.bookings)) if (booking.code) booking.code = formula(booking.seq)
    const promoted = Object.values(v1.bookings).find((b) => b.status === 'booked' && b.userId === 'u-parent')!
    v1.messages['u-parent'] = [{ id: 'msg-1', text: `候补成功：乐乐已预约 …，签到码 ${promoted.code}`, at: '2026-11-23T02:00:00.000Z', read: false, bookingId: promoted.id }]
    const storage = createMemoryStorage()
    storage.set(areaKey('rooms'), JSON.stringify({ schemaVersion: 1, savedAt: DEFAULT_NOW, state: v1 }))

    const loaded = loadArea(storage, roomsArea as unknown as MockArea<RoomsState>, context)
    const before = Object.values(v1.bookings)
    const open = before.filter((b) => b.status === 'booked')
    expect(open.length).toBeGreaterThan(50)
    const redrawn = open.filter((b) => loaded.bookings[b.id].code !== formula(b.seq))
    expect(redrawn.length).toBeGreaterThan(open.length - 3)
    for (const b of open) expect(loaded.bookings[b.id].code).toMatch(/^[1-9]\d{5}$/)
    // Codes already used (checked in) or no longer usable stay as the families saw them.
    for (const closed of before.filter((b) => b.status !== 'booked')) expect(loaded.bookings[closed.id].code).toBe(closed.code)
    for (const session of Object.keys(loaded.sessions)) {
      const codes = Object.values(loaded.bookings).filter((b) => b.sessionId === session && b.code).map((b) => b.code)
      expect(new Set(codes).size).toBe(codes.length)
    }
    expect(loaded.messages['u-parent'][0].text).toBe(`候补成功：乐乐已预约 …，签到码 ${loaded.bookings[promoted.id].code}`)
    expect(readStoredArea(storage, 'rooms')!.schemaVersion).toBe(2)
  })
})
