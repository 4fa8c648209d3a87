import { beginTransaction, derivedCache, rawOf } from '../../mock/core/change-tracker'

interface Booking {
  id: string
  status: string
  history: Array<{ at: string; note: string }>
}
interface State {
  bookings: Record<string, Booking>
  seq: number
  notices: string[]
}

const state = (): State => ({
  bookings: {
    'bk-1': { id: 'bk-1', status: 'booked', history: [{ at: '2026-11-20', note: '预约' }] },
    'bk-2': { id: 'bk-2', status: 'waitlisted', history: [] },
  },
  seq: 2,
  notices: ['欢迎'],
})

describe('a write seen through a transaction', () => {
  it('names each record and field it changed once, however deep or often', () => {
    const raw = state()
    const transaction = beginTransaction()
    const tracked = transaction.track('rooms', raw)
    tracked.bookings['bk-1'].status = 'cancelled'
    tracked.bookings['bk-1'].history.push({ at: '2026-11-24', note: '家长取消' })
    tracked.bookings['bk-3'] = { id: 'bk-3', status: 'booked', history: [] }
    tracked.seq += 1
    tracked.notices.unshift('名额已释放')
    expect(transaction.changed()).toEqual([
      { area: 'rooms', collection: 'bookings', key: 'bk-1' },
      { area: 'rooms', collection: 'bookings', key: 'bk-3' },
      { area: 'rooms', collection: null, key: 'seq' },
      { area: 'rooms', collection: null, key: 'notices' },
    ])
    // The changes are made to the state itself.
    expect(raw.bookings['bk-1'].history).toHaveLength(2)
    expect(raw.seq).toBe(3)
  })

  it('reading changes nothing', () => {
    const transaction = beginTransaction()
    const tracked = transaction.track('rooms', state())
    expect(Object.values(tracked.bookings).map((booking) => booking.status)).toEqual(['booked', 'waitlisted'])
    expect(tracked.bookings['bk-1'].history[0].note).toBe('预约')
    expect(transaction.changed()).toEqual([])
  })

  it('a rollback puts back changed, added and removed records and fields, and nothing else', () => {
    const raw = state()
    const before = JSON.parse(JSON.stringify(raw)) as State
    const untouched = raw.bookings['bk-2']
    const transaction = beginTransaction()
    const tracked = transaction.track('rooms', raw)
    tracked.bookings['bk-1'].history[0].note = '改写'
    tracked.bookings['bk-1'].status = 'no-show'
    delete tracked.bookings['bk-1']
    tracked.bookings['bk-9'] = { id: 'bk-9', status: 'booked', history: [] }
    tracked.seq = 99
    tracked.notices.push('一条')
    transaction.rollback()
    expect(raw).toEqual(before)
    expect(raw.bookings['bk-2']).toBe(untouched)
  })

  it('never stores a proxy: records moved around are the plain objects', () => {
    const raw = state()
    const transaction = beginTransaction()
    const tracked = transaction.track('rooms', raw)
    const first = tracked.bookings['bk-1']
    tracked.bookings['bk-copy'] = first
    tracked.bookings['bk-wrapped'] = { id: 'bk-wrapped', status: 'booked', history: first.history }
    expect(raw.bookings['bk-copy']).toBe(raw.bookings['bk-1'])
    expect(rawOf(first)).toBe(raw.bookings['bk-1'])
    expect(raw.bookings['bk-wrapped'].history).toBe(raw.bookings['bk-1'].history)
  })

  it('caches derived from a collection are forgotten when a call touching it is rolled back', () => {
    const raw = state()
    const counts = derivedCache<number>()
    counts.set(raw.bookings, 2)
    const transaction = beginTransaction()
    transaction.track('rooms', raw).bookings['bk-3'] = { id: 'bk-3', status: 'booked', history: [] }
    expect(counts.get(raw.bookings)).toBe(2)
    transaction.rollback()
    expect(counts.has(raw.bookings)).toBe(false)
  })
})
