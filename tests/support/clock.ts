/** A clock tests can set and move; "now" is 2026-11-24 10:00 in China unless a test says otherwise. */
export const DEFAULT_NOW = Date.parse('2026-11-24T10:00:00+08:00')

export function createTestClock(start = DEFAULT_NOW) {
  let current = start
  return {
    now: () => current,
    set(ms: number) {
      current = ms
    },
    advance(ms: number) {
      current += ms
    },
  }
}

export type TestClock = ReturnType<typeof createTestClock>
