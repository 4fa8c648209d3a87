import { createMockBackend, type MockBackend } from '../../mock/core/backend'
import type { MockArea } from '../../mock/core/area'
import Taro from '@tarojs/taro'
import { POOL_MAX, topUpRandomPool } from '../../mock/core/random'
import { taroKeyValueStorage } from './taro-storage'

/**
 * The WeChat runtime has no synchronous crypto; its secure source is asynchronous. Fill the pool
 * tokens and check-in codes draw on as soon as the backend starts (sign-in comes later).
 */
function fillRandomPool(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getRandomValues !== 'function') return
  Taro.getRandomValues({ length: POOL_MAX })
    .then((result) => topUpRandomPool(new Uint8Array(result.randomValues)))
    .catch(() => undefined)
}

const AREA_LABELS: Record<string, string> = {
  core: '账号与家庭',
  checkup: '婚孕检',
  guidance: '优生优育',
  rooms: '亲子小屋',
  centres: '托育机构',
  help: '暖心服务',
}

let setAside: string[] = []

/**
 * Saved data that could not be read is kept aside and the area starts again; the person is told
 * once, in one message however many areas it was, after the page that loaded them has drawn.
 */
function tellDataSetAside(area: string): void {
  if (setAside.length === 0) {
    setTimeout(() => {
      const names = setAside.map((name) => AREA_LABELS[name] ?? name).join('、')
      setAside = []
      void Taro.showModal({
        title: '部分数据已恢复',
        content: `本机保存的${names}数据无法读取，已另存备份，并恢复为初始的演示数据。`,
        showCancel: false,
        confirmText: '知道了',
      })
    }, 0)
  }
  setAside.push(area)
}

let backend: MockBackend | null = null

/** The mock backend living inside the app, state kept in Taro storage across reloads. */
export function getInProcessBackend(): MockBackend {
  if (!backend) {
    fillRandomPool()
    backend = createMockBackend({
      storage: taroKeyValueStorage,
      onDataSetAside: tellDataSetAside,
      // The literal is replaced at build time (.env, .env.development).
      checkResults: process.env.TARO_APP_CHECK_RESULTS === 'true',
    })
    if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
      // A handle for the browser tests (fail the next calls, change latency); the data is demo data.
      ;(window as unknown as { __familyMock?: MockBackend }).__familyMock = backend
    }
  }
  return backend
}

/**
 * Feature subpackages bring their own mock area and register it when they load, so its
 * fixtures ship in the subpackage rather than the main package.
 */
export function registerMockArea<S>(area: MockArea<S>): void {
  // Areas differ in state type; the backend keeps them untyped (its register takes MockArea<never>).
  if (process.env.TARO_APP_API !== 'http') getInProcessBackend().register(area as unknown as MockArea<never>)
}
