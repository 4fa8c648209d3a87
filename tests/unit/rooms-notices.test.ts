import { allAreas } from '../../mock/all-areas'
import { SESSION_NOTICE_TEMPLATE } from '../../mock/areas/rooms/notify'
import type { RoomsState } from '../../mock/areas/rooms/state'
import { createMockBackend } from '../../mock/backend'
import { createMemoryStorage } from '../../mock/core/storage'
import { createTestClock } from '../support/clock'
import { storedState } from '../support/stored-area'

// Tuesday 2026-11-24 10:00; 翠苑's Wednesday 09:30 亲子绘本共读 has one place left.
const LAST_PLACE = 'ss-cuiyuan-2026-11-25-am'

function setup() {
  const storage = createMemoryStorage()
  const backend = createMockBackend({ storage, now: createTestClock().now, latency: () => 0, areas: allAreas })
  let keys = 0
  const call = async <T>(token: string | null, method: string, payload: unknown = null): Promise<T> => {
    const response = await backend.handle({ method, payload, token, idempotencyKey: `k-${++keys}` })
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`)
    return response.data as T
  }
  const signIn = async (identityId: string) => (await call<{ token: string }>(null, 'auth.signIn', { identityId })).token
  const rooms = () => storedState<RoomsState>(storage, 'rooms')
  return { call, signIn, rooms }
}

describe('WeChat 订阅消息 for a moved or cancelled session', () => {
  it('goes to a family that granted it when booking, once per grant; every family gets the in-app message', async () => {
    const { call, signIn, rooms } = setup()
    const lin = await signIn('u-parent')
    const wang = await signIn('u-parent-2')
    const chen = await signIn('u-instructor')
    const booked = await call<{ id: string }>(lin, 'rooms.book', { sessionId: LAST_PLACE, childId: 'child-1', carers: 1, notify: 'subscribe' })
    await call(wang, 'rooms.joinWaitlist', { sessionId: LAST_PLACE, childId: 'child-2', carers: 1 })
    expect(rooms().bookings[booked.id].subscribed).toBe(true)

    const session = await call<Record<string, unknown>>(chen, 'rooms.session', { id: LAST_PLACE })
    await call(chen, 'rooms.saveSession', { id: LAST_PLACE, roomId: 'room-cuiyuan', session: { ...session, start: '11:00', end: '12:00' } })
    let state = rooms()
    expect(state.wechat).toEqual([
      { userId: 'u-parent', template: SESSION_NOTICE_TEMPLATE, text: expect.stringContaining('时间变更：乐乐预约的亲子绘本共读'), at: '2026-11-24T02:00:00.000Z' },
    ])
    expect(state.bookings[booked.id].subscribed).toBe(false)

    // The one-time grant is used up: the cancel reaches her in the app only.
    await call(chen, 'rooms.cancelSession', { sessionId: LAST_PLACE, reason: '小屋停电检修，本场暂停' })
    state = rooms()
    expect(state.wechat).toHaveLength(1)
    expect(state.messages['u-parent'].map((message) => message.text.slice(0, 4))).toEqual(['活动取消', '时间变更'])
    expect(state.messages['u-parent-2'].map((message) => message.text.slice(0, 4))).toEqual(['活动取消', '时间变更'])
    // The other families who had booked are told too (in the app).
    const others = Object.values(state.bookings).filter((b) => b.sessionId === LAST_PLACE && b.userId.startsWith('f-'))
    expect(others).toHaveLength(7)
    for (const booking of others) expect(state.messages[booking.userId][0].text).toContain('活动取消')
  })
})
