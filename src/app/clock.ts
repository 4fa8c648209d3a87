import { chinaDate, type DateString } from '@/domain/dates'

/**
 * The one clock of the app and of the in-process mock backend: pages read "now" and "today" here,
 * the backend is made with `now` (src/app/in-process-backend.ts), so a test sets the time once
 * (setClockForTesting) and both sides agree on what day it is.
 */
let source: () => number = () => Date.now()

export const now = (): number => source()

/** Today's date in China (YYYY-MM-DD): the day every rule of the app is written for. */
export const todayInChina = (): DateString => chinaDate(source())

/**
 * Today for a component, read at each render: a page whose useQuery refreshes on show draws the
 * new day when it comes back after midnight; a form (no refresh on show) keeps the day it opened with.
 */
export function useToday(): DateString {
  return todayInChina()
}

/** Tests pin or move the time for pages and backend together (null: back to the device clock). */
export function setClockForTesting(next: (() => number) | null): void {
  source = next ?? (() => Date.now())
}
