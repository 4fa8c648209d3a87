/**
 * A test double for @tarojs/taro: storage in memory, navigation and UI calls recorded, requests
 * sent with Node's fetch. Only what the app uses; extend as the app grows.
 */
import { useEffect, useRef } from 'react'

type Recorded = { api: string; args: unknown }

const storage = new Map<string, unknown>()
const calls: Recorded[] = []
let routerParams: Record<string, string> = {}
let modalAnswers: boolean[] = []
let loginCode = 'test-login-code'
const showListeners = new Set<{ current: () => void }>()

function record(api: string, args: unknown): void {
  calls.push({ api, args })
}

export const taroDouble = {
  calls,
  storage,
  reset(): void {
    storage.clear()
    calls.length = 0
    routerParams = {}
    modalAnswers = []
  },
  callsOf(api: string): unknown[] {
    return calls.filter((call) => call.api === api).map((call) => call.args)
  },
  setRouterParams(params: Record<string, string>): void {
    routerParams = params
  },
  /** Answers for the next showModal calls: true = confirm. Unanswered modals confirm. */
  answerModals(...answers: boolean[]): void {
    modalAnswers.push(...answers)
  },
  setLoginCode(code: string): void {
    loginCode = code
  },
  /** The page comes back into view (another page on top was closed): useDidShow runs again. */
  showAgain(): void {
    for (const listener of [...showListeners]) listener.current()
  },
}

function navigation(api: string) {
  return (options: { url: string }) => {
    record(api, options)
    return Promise.resolve({ errMsg: `${api}:ok` })
  }
}

const Taro = {
  getStorageSync: (key: string): unknown => (storage.has(key) ? storage.get(key) : ''),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  setStorageSync: (key: string, value: unknown): void => void storage.set(key, value),
  removeStorageSync: (key: string): void => void storage.delete(key),
  clearStorageSync: (): void => storage.clear(),
  setStorage: async ({ key, data }: { key: string; data: unknown }) => {
    storage.set(key, data)
    return { errMsg: 'setStorage:ok' }
  },
  removeStorage: async ({ key }: { key: string }) => {
    storage.delete(key)
    return { errMsg: 'removeStorage:ok' }
  },
  onAppHide: (listener: () => void): void => void listener,
  navigateTo: navigation('navigateTo'),
  redirectTo: navigation('redirectTo'),
  reLaunch: navigation('reLaunch'),
  switchTab: navigation('switchTab'),
  navigateBack: (options?: unknown) => {
    record('navigateBack', options)
    return Promise.resolve({ errMsg: 'navigateBack:ok' })
  },
  showToast: (options: { title: string }) => {
    record('showToast', options)
    return Promise.resolve({ errMsg: 'showToast:ok' })
  },
  showLoading: (options: unknown) => {
    record('showLoading', options)
    return Promise.resolve({ errMsg: 'showLoading:ok' })
  },
  hideLoading: () => Promise.resolve({ errMsg: 'hideLoading:ok' }),
  showModal: (options: { title?: string; content?: string }) => {
    record('showModal', options)
    const confirm = modalAnswers.length ? modalAnswers.shift()! : true
    return Promise.resolve({ confirm, cancel: !confirm, errMsg: 'showModal:ok' })
  },
  login: () => Promise.resolve({ code: loginCode, errMsg: 'login:ok' }),
  makePhoneCall: (options: unknown) => {
    record('makePhoneCall', options)
    return Promise.resolve({ errMsg: 'makePhoneCall:ok' })
  },
  setClipboardData: (options: unknown) => {
    record('setClipboardData', options)
    return Promise.resolve({ errMsg: 'setClipboardData:ok' })
  },
  setNavigationBarTitle: (options: unknown) => {
    record('setNavigationBarTitle', options)
    return Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' })
  },
  pageScrollTo: () => Promise.resolve({ errMsg: 'pageScrollTo:ok' }),
  getCurrentInstance: () => ({ router: { params: routerParams, path: '' } }),
  getCurrentPages: () => [{ route: 'current' }],
  async request(options: {
    url: string
    method?: string
    data?: unknown
    header?: Record<string, string>
  }): Promise<{ statusCode: number; data: unknown; header: Record<string, string> }> {
    let response: Response
    try {
      response = await fetch(options.url, {
        method: options.method ?? 'GET',
        headers: options.header,
        body: options.data === undefined ? undefined : JSON.stringify(options.data),
      })
    } catch (error) {
      throw { errMsg: `request:fail ${(error as Error).message}` }
    }
    const text = await response.text()
    let data: unknown = text
    try {
      data = JSON.parse(text)
    } catch {
      // Non-JSON bodies are passed through as text, as Taro does.
    }
    return { statusCode: response.status, data, header: Object.fromEntries(response.headers.entries()) }
  },
}

export default Taro

/** Page lifecycle hooks run once after mount, as Taro runs them when a page loads/shows. */
export function useLoad(callback: (params: Record<string, string>) => void): void {
  const ref = useRef(callback)
  ref.current = callback
  useEffect(() => ref.current(routerParams), [])
}

export function useDidShow(callback: () => void): void {
  const ref = useRef(callback)
  ref.current = callback
  useEffect(() => {
    showListeners.add(ref)
    ref.current()
    return () => void showListeners.delete(ref)
  }, [])
}

export function useLaunch(callback: () => void): void {
  useDidShow(callback)
}

export function useRouter(): { params: Record<string, string>; path: string } {
  return { params: routerParams, path: '' }
}

export function usePullDownRefresh(): void {}
export function useReachBottom(): void {}
export function useShareAppMessage(): void {}
export function useDidHide(): void {}
export function useUnload(): void {}

export const getCurrentInstance = Taro.getCurrentInstance
