import {
  answerDueAt,
  canCancelVisit,
  heldElsewhere,
  isWorkingDay,
  nextWorkingDay,
  slotFullReason,
  visitOutcomes,
  VISIT_TIMES,
  type VisitRequestFacts,
} from '@/domain/centre-visits'
import { addDays } from '@/domain/dates'

const at = (text: string) => Date.parse(`${text}+08:00`)
// Tuesday 2026-11-24 10:00 in China.
const TUESDAY = at('2026-11-24T10:00:00')

let ids = 0
function request(patch: Partial<VisitRequestFacts> = {}): VisitRequestFacts {
  ids += 1
  return { id: `visit-${String(ids).padStart(3, '0')}`, centreId: 'ctr-0001', date: '2026-11-26', slot: 'morning', createdAt: TUESDAY, cancelledAt: null, ...patch }
}

/** A centre and weekday whose morning holds `held` times for families from outside the app. */
function centreWith(held: number, date = '2026-11-26'): string {
  for (let n = 1; n < 5000; n += 1) {
    const id = `ctr-${String(n).padStart(4, '0')}`
    if (heldElsewhere(id, date, 'morning') === held) return id
  }
  throw new Error(`no centre with ${held} held`)
}

describe('working days', () => {
  it('are Monday to Friday', () => {
    expect(['2026-11-23', '2026-11-27'].map(isWorkingDay)).toEqual([true, true])
    expect(['2026-11-28', '2026-11-29'].map(isWorkingDay)).toEqual([false, false])
  })

  it('the next one after Friday, Saturday or Sunday is Monday; after a weekday, the next day', () => {
    expect(nextWorkingDay('2026-11-24')).toBe('2026-11-25')
    for (const day of ['2026-11-27', '2026-11-28', '2026-11-29']) expect(nextWorkingDay(day)).toBe('2026-11-30')
  })
})

describe('answerDueAt', () => {
  it('is 10:00 on the next working day', () => {
    expect(answerDueAt(TUESDAY, '2026-12-01')).toBe(at('2026-11-25T10:00:00'))
    // Just before midnight still counts as that day.
    expect(answerDueAt(at('2026-11-24T23:59:00'), '2026-12-01')).toBe(at('2026-11-25T10:00:00'))
    expect(answerDueAt(at('2026-11-25T00:00:00'), '2026-12-01')).toBe(at('2026-11-26T10:00:00'))
  })

  it('waits over the weekend', () => {
    expect(answerDueAt(at('2026-11-27T15:00:00'), '2026-12-02')).toBe(at('2026-11-30T10:00:00'))
    expect(answerDueAt(at('2026-11-29T20:00:00'), '2026-12-02')).toBe(at('2026-11-30T10:00:00'))
  })

  it('is 08:30 on the visit day when the visit is on that next working day', () => {
    expect(answerDueAt(TUESDAY, '2026-11-25')).toBe(at('2026-11-25T08:30:00'))
    expect(answerDueAt(at('2026-11-27T15:00:00'), '2026-11-30')).toBe(at('2026-11-30T08:30:00'))
  })
})

describe('heldElsewhere', () => {
  it('is fixed for a centre, day and slot, and between none and all of the slot’s times', () => {
    for (let n = 1; n <= 50; n += 1) {
      const id = `ctr-${String(n).padStart(4, '0')}`
      const held = heldElsewhere(id, '2026-11-26', 'afternoon')
      expect(held).toBe(heldElsewhere(id, '2026-11-26', 'afternoon'))
      expect(held).toBeGreaterThanOrEqual(0)
      expect(held).toBeLessThanOrEqual(VISIT_TIMES.afternoon.length)
    }
  })

  it('leaves most slots open, some busy and a few full', () => {
    const counts = [0, 0, 0]
    for (let n = 1; n <= 200; n += 1) for (let day = 0; day < 10; day += 1) counts[heldElsewhere(`ctr-${String(n).padStart(4, '0')}`, addDays('2026-11-26', day), 'morning')] += 1
    expect(counts[0]).toBeGreaterThan(counts[1])
    expect(counts[1]).toBeGreaterThan(counts[2])
    expect(counts[2]).toBeGreaterThan(0)
  })
})

describe('visitOutcomes', () => {
  const due = at('2026-11-25T10:00:00')

  it('is pending until the answer is due, then confirmed with the first free time', () => {
    const asked = request({ centreId: centreWith(0) })
    expect(visitOutcomes([asked], due - 1).get(asked.id)).toEqual({ status: 'pending', answerBy: due })
    expect(visitOutcomes([asked], due).get(asked.id)).toEqual({ status: 'confirmed', answeredAt: due, time: '09:00' })
  })

  it('gives the next family the next time, and declines when the slot is full', () => {
    const centreId = centreWith(0)
    const first = request({ centreId })
    const second = request({ centreId, createdAt: TUESDAY + 60_000 })
    const third = request({ centreId, createdAt: TUESDAY + 120_000 })
    const outcomes = visitOutcomes([third, second, first], due)
    expect(outcomes.get(first.id)).toMatchObject({ status: 'confirmed', time: '09:00' })
    expect(outcomes.get(second.id)).toMatchObject({ status: 'confirmed', time: '10:00' })
    expect(outcomes.get(third.id)).toEqual({ status: 'declined', answeredAt: due, reason: slotFullReason('2026-11-26', 'morning') })
  })

  it('counts the times families from outside the app hold', () => {
    const busy = request({ centreId: centreWith(1) })
    expect(visitOutcomes([busy], due).get(busy.id)).toMatchObject({ status: 'confirmed', time: '10:00' })
    const full = request({ centreId: centreWith(2) })
    expect(visitOutcomes([full], due).get(full.id)).toMatchObject({ status: 'declined' })
  })

  it('keeps mornings, afternoons, days and centres apart', () => {
    const centreId = centreWith(0)
    const morning = request({ centreId })
    const others = [
      request({ centreId, createdAt: TUESDAY - 2, slot: 'afternoon' }),
      request({ centreId, createdAt: TUESDAY - 1, date: '2026-11-27' }),
      request({ centreId: 'ctr-9999', createdAt: TUESDAY - 3 }),
    ]
    expect(visitOutcomes([...others, morning], due).get(morning.id)).toMatchObject({ status: 'confirmed', time: '09:00' })
  })

  it('never answers a request cancelled before its answer, which holds no time', () => {
    const centreId = centreWith(0)
    const cancelled = request({ centreId, cancelledAt: TUESDAY + 1000 })
    const later = request({ centreId, createdAt: TUESDAY + 2000 })
    const outcomes = visitOutcomes([cancelled, later], due)
    expect(outcomes.get(cancelled.id)).toEqual({ status: 'cancelled', cancelledAt: TUESDAY + 1000, answeredBefore: false })
    expect(outcomes.get(later.id)).toMatchObject({ status: 'confirmed', time: '09:00' })
  })

  it('a visit cancelled after it was confirmed stays cancelled, and its time goes only to requests answered after', () => {
    const centreId = centreWith(0)
    const first = request({ centreId, cancelledAt: at('2026-11-25T11:00:00') })
    const second = request({ centreId, createdAt: TUESDAY + 1 })
    const third = request({ centreId, createdAt: TUESDAY + 2 })
    const fourth = request({ centreId, createdAt: at('2026-11-25T12:00:00') })
    const outcomes = visitOutcomes([first, second, third, fourth], at('2026-11-26T08:30:00'))
    expect(outcomes.get(first.id)).toEqual({ status: 'cancelled', cancelledAt: at('2026-11-25T11:00:00'), answeredBefore: true })
    expect(outcomes.get(second.id)).toMatchObject({ status: 'confirmed', time: '10:00' })
    // Answered at 10:00, before the cancellation: the slot was full then, and that answer stands.
    expect(outcomes.get(third.id)).toMatchObject({ status: 'declined' })
    // Asked after it, answered at 08:30 on the visit day: 09:00 is free again.
    expect(outcomes.get(fourth.id)).toMatchObject({ status: 'confirmed', time: '09:00', answeredAt: at('2026-11-26T08:30:00') })
  })

  it('orders requests sent in the same millisecond by id, so the answer never depends on the list order', () => {
    const centreId = centreWith(1)
    const a = request({ centreId })
    const b = request({ centreId })
    expect(visitOutcomes([b, a], due).get(a.id)).toMatchObject({ status: 'confirmed' })
    expect(visitOutcomes([a, b], due).get(b.id)).toMatchObject({ status: 'declined' })
  })
})

describe('canCancelVisit', () => {
  it('while pending, or confirmed and not yet past; never once declined or cancelled', () => {
    expect(canCancelVisit({ status: 'pending', answerBy: 0 }, '2026-11-26', '2026-11-24')).toBe(true)
    expect(canCancelVisit({ status: 'confirmed', answeredAt: 0, time: '09:00' }, '2026-11-26', '2026-11-26')).toBe(true)
    expect(canCancelVisit({ status: 'confirmed', answeredAt: 0, time: '09:00' }, '2026-11-26', '2026-11-27')).toBe(false)
    expect(canCancelVisit({ status: 'declined', answeredAt: 0, reason: '' }, '2026-11-26', '2026-11-24')).toBe(false)
    expect(canCancelVisit({ status: 'cancelled', cancelledAt: 0, answeredBefore: false }, '2026-11-26', '2026-11-24')).toBe(false)
  })
})
