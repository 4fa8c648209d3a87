import { now, setClockForTesting, todayInChina } from '@/app/clock'

afterEach(() => setClockForTesting(null))

describe('the app clock', () => {
  it('gives the day in China, not in UTC: 23:30 UTC on 1 Dec is already 2 Dec in 杭州', () => {
    setClockForTesting(() => Date.parse('2026-12-01T23:30:00Z'))
    expect(todayInChina()).toBe('2026-12-02')
  })

  it('is the one "now" a test sets: moving it moves every reader', () => {
    let at = Date.parse('2026-11-24T10:00:00+08:00')
    setClockForTesting(() => at)
    expect(now()).toBe(at)
    at += 24 * 3_600_000
    expect(todayInChina()).toBe('2026-11-25')
  })

  it('falls back to the device clock once a test lets go', () => {
    setClockForTesting(() => 0)
    setClockForTesting(null)
    expect(Math.abs(now() - Date.now())).toBeLessThan(1000)
  })
})
