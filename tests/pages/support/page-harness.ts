/**
 * Per-test setup for page tests: a fresh in-process mock backend (seed data, latency 0, the
 * fixed clock of tests/support/clock.ts) behind the app's services, stores emptied; the pages read
 * the same clock (src/app/clock.ts), so their "today" is the backend's.
 */
import Taro from '@tarojs/taro'
import { allAreas } from '../../../mock/all-areas'
import { createMockBackend, type MockBackend } from '../../../mock/backend'
import { createMemoryStorage } from '../../../mock/core/storage'
import { setClockForTesting } from '@/app/clock'
import { setSessionToken, setTransportForTesting } from '@/services'
import { createInProcessTransport, untyped, type CallOptions, type Transport } from '@/services/transport'
import { setSystemTextScaleForTesting } from '@/services/system-text'
import { useSessionStore } from '@/stores/session-store'
import { createTestClock, type TestClock } from '../../support/clock'
import { taroDouble } from '../../doubles/taro'
import { resetStores } from '../../support/reset-stores'

export interface PageHarness {
  backend: MockBackend
  /** The typed client on the backend the page talks to: call('profile.get'). */
  call: Transport['call']
  clock: TestClock
  /** Signs in through the session store, as the sign-in page does. */
  signInAs(identityId: string): Promise<void>
  /** Moves "now" for the backend and the pages together (they share one clock). */
  setNow(ms: number): void
}

let currentTransport: Transport | null = null

/** The same object in every test of a file; calls go to the backend of the test that is running. */
const forwardingTransport: Transport = {
  call(method: string, payload?: unknown, options?: CallOptions) {
    if (!currentTransport) return Promise.reject(new Error(`${method} called outside a page test`))
    return untyped(currentTransport)(method, payload, options)
  },
} as Transport

export function setUpPage(): PageHarness {
  const clock = createTestClock()
  // One clock for the pages and the backend (src/app/clock.ts): set here, moved by setNow.
  setClockForTesting(clock.now)
  const backend = createMockBackend({ storage: createMemoryStorage(), now: clock.now, latency: () => 0, areas: allAreas, checkResults: true })
  const transport = createInProcessTransport(backend)
  currentTransport = transport
  // Feature services keep the transport they were first built on (checkupService() caches its
  // service for the whole test file), so they get one that always forwards to the current test's backend.
  setTransportForTesting(forwardingTransport)

  // Stores are module singletons: empty them so no test sees the previous one's session.
  setSessionToken(null)
  resetStores()
  taroDouble.reset()
  // Default-size text, as jsdom has no real text size (a test may set a larger one).
  setSystemTextScaleForTesting(1)

  return {
    backend,
    call: transport.call.bind(transport) as Transport['call'],
    clock,
    async signInAs(identityId) {
      await useSessionStore.getState().signIn(identityId)
    },
    setNow(ms) {
      clock.set(ms)
    },
  }
}

export function tearDownPage(): void {
  jest.restoreAllMocks()
  setClockForTesting(null)
  setTransportForTesting(null)
  setSessionToken(null)
  currentTransport = null
}

/**
 * The double's getCurrentPages always answers one page, so goBack() would switch to 首页.
 * Pretend the page was opened from another one, as it is in the app.
 * (Workaround: the double should let a test set the page stack.)
 */
export function openedFromAnotherPage(): void {
  jest
    .spyOn(Taro, 'getCurrentPages')
    .mockReturnValue([{ route: 'pages/me/index' }, { route: 'current' }] as unknown as ReturnType<typeof Taro.getCurrentPages>)
}

/** The API names of the recorded Taro calls, for "navigated back" style assertions. */
export function navigationCalls(): string[] {
  return taroDouble.calls
    .map((call) => call.api)
    .filter((api) => ['navigateTo', 'navigateBack', 'redirectTo', 'reLaunch', 'switchTab'].includes(api))
}
