// A small stand-in for the WeChat mini-program runtime: loads dist/weapp's files in a Node vm
// context with fake wx / App / Page / Component globals, and drives pages the way the client would.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { applySetData, clone, findNode, textOf, type TreeNode } from './render-tree'

export const DIST = path.resolve(__dirname, '../../dist/weapp')

type Fn = (...args: any[]) => unknown
type Options = Record<string, unknown>
interface Callbacks {
  success?: Fn
  fail?: Fn
  complete?: Fn
  [key: string]: unknown
}

export interface ApiCall {
  api: string
  options: Options
}

export interface PageInstance extends Options {
  route: string
  data: Record<string, unknown>
  setData(update: Record<string, unknown>, cb?: () => void): void
}

export interface OpenedPage {
  instance: PageInstance
  tree(): TreeNode
  text(): string
  find(match: (node: TreeNode) => boolean): { node: TreeNode; ancestors: TreeNode[] } | undefined
  /** Fires a tap on node the way base.wxml's `bindtap="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"` does. */
  tap(node: TreeNode): unknown
}

// WeChat runs each file inside define(path, function (require, module, exports, window, document, ...)),
// so these browser globals are undefined in app code even if something defines them globally.
const SHADOWED = ['window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'Caches', 'screen', 'alert', 'confirm', 'prompt', 'XMLHttpRequest', 'WebSocket']

const WINDOW = { pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 844, statusBarHeight: 47, safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 }, screenTop: 0 }
const DEVICE = { brand: 'iPhone', model: 'iPhone 13<iPhone14,5>', system: 'iOS 17.0', platform: 'ios', benchmarkLevel: 1 }
const APP_BASE = { SDKVersion: '3.4.0', version: '8.0.44', language: 'zh_CN', theme: 'light', enableDebug: false, fontSizeSetting: 16, host: { env: 'WeChat' } }

export function createWeapp() {
  const errors: string[] = []
  const calls: ApiCall[] = []
  const storage = new Map<string, unknown>()
  /** Answers for the next showModal calls; empty means "confirm". */
  const modalAnswers: boolean[] = []
  const registered = { apps: [] as Options[], pages: [] as Options[], components: [] as Options[] }
  const pageStack: PageInstance[] = []

  const pending = new Set<NodeJS.Timeout>()
  const intervals = new Set<NodeJS.Timeout>()
  const guard = (fn: Fn, label: string) => (...args: unknown[]) => {
    try {
      return fn(...args)
    } catch (error) {
      errors.push(`uncaught in ${label}: ${show(error)}`)
    }
  }
  const timers = {
    setTimeout(fn: Fn, ms = 0, ...args: unknown[]) {
      const id: NodeJS.Timeout = setTimeout(() => {
        pending.delete(id)
        guard(fn, 'setTimeout')(...args)
      }, ms)
      pending.add(id)
      return id
    },
    clearTimeout(id: NodeJS.Timeout) {
      pending.delete(id)
      clearTimeout(id)
    },
    setInterval(fn: Fn, ms = 0, ...args: unknown[]) {
      const id = setInterval(guard(fn, 'setInterval'), ms, ...args)
      intervals.add(id)
      return id
    },
    clearInterval(id: NodeJS.Timeout) {
      intervals.delete(id)
      clearInterval(id)
    },
  }
  const later = (fn: () => void) => timers.setTimeout(fn, 0)

  /** Records an async wx API call and answers success (or fail) on the next tick. */
  const api = (name: string, answer: (options: Options) => Options | Error = () => ({})) => (options: Callbacks = {}) => {
    calls.push({ api: name, options })
    const result = answer(options)
    later(() => {
      if (result instanceof Error) options.fail?.({ errMsg: `${name}:fail ${result.message}` })
      else options.success?.({ errMsg: `${name}:ok`, ...result })
      options.complete?.({ errMsg: `${name}:${result instanceof Error ? 'fail' : 'ok'}` })
    })
  }
  const noop = () => undefined
  const storageInfo = () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 })

  const wx: Record<string, unknown> = {
    getSystemInfoSync: () => ({ ...WINDOW, ...DEVICE, ...APP_BASE }),
    getSystemInfo: api('getSystemInfo', () => ({ ...WINDOW, ...DEVICE, ...APP_BASE })),
    getWindowInfo: () => ({ ...WINDOW }),
    getDeviceInfo: () => ({ ...DEVICE }),
    getAppBaseInfo: () => ({ ...APP_BASE }),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 380, bottom: 83, left: 293 }),
    getStorageSync: (key: string) => (storage.has(key) ? clone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, clone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: storageInfo,
    getStorage: api('getStorage', ({ key }) => (storage.has(String(key)) ? { data: clone(storage.get(String(key))) } : new Error('data not found'))),
    setStorage: api('setStorage', ({ key, data }) => (storage.set(String(key), clone(data)), {})),
    removeStorage: api('removeStorage', ({ key }) => (storage.delete(String(key)), {})),
    getStorageInfo: api('getStorageInfo', storageInfo),
    showToast: api('showToast'),
    hideToast: api('hideToast'),
    showLoading: api('showLoading'),
    hideLoading: api('hideLoading'),
    showModal: api('showModal', () => {
      const confirm = modalAnswers.length ? Boolean(modalAnswers.shift()) : true
      return { confirm, cancel: !confirm }
    }),
    showActionSheet: api('showActionSheet', () => ({ tapIndex: 0 })),
    navigateTo: api('navigateTo'),
    redirectTo: api('redirectTo'),
    switchTab: api('switchTab'),
    navigateBack: api('navigateBack'),
    reLaunch: api('reLaunch'),
    setNavigationBarTitle: api('setNavigationBarTitle'),
    // The in-process build never calls the network; a call here means the wrong transport was built.
    request: (options: Callbacks) => {
      api('request', () => new Error('no network in the weapp smoke test'))(options)
      return { abort: noop, onHeadersReceived: noop, offHeadersReceived: noop }
    },
    nextTick: (fn: Fn) => void Promise.resolve().then(guard(fn, 'wx.nextTick')),
    canIUse: () => true,
    // VirtualList measures its nodes; there is no layout here, so every query answers "not found"
    // (null), which the list handles by keeping its configured item size.
    createSelectorQuery: () => {
      const callbacks: Array<(result: unknown) => void> = []
      const query = {
        in: () => query,
        select: () => node,
        selectAll: () => node,
        selectViewport: () => node,
        exec: (done?: (results: unknown[]) => void) => {
          setTimeout(() => {
            callbacks.forEach((callback) => callback(null))
            done?.(callbacks.map(() => null))
          }, 0)
          return query
        },
      }
      const node = {
        boundingClientRect: (callback?: (result: unknown) => void) => (callback && callbacks.push(callback), query),
        scrollOffset: (callback?: (result: unknown) => void) => (callback && callbacks.push(callback), query),
        fields: (_fields: unknown, callback?: (result: unknown) => void) => (callback && callbacks.push(callback), query),
        node: (callback?: (result: unknown) => void) => (callback && callbacks.push(callback), query),
      }
      return query
    },
    onAppShow: noop,
    onAppHide: noop,
    offAppShow: noop,
    offAppHide: noop,
    onError: noop,
    onUnhandledRejection: noop,
    onPageNotFound: noop,
    onThemeChange: noop,
    onWindowResize: noop,
  }

  const record = (kind: keyof typeof registered) => (options: Options) => void registered[kind].push(options)
  const format = (args: unknown[]) => args.map(show).join(' ')
  // log/info/debug are dropped; Taro and zustand report real trouble (an API the platform lacks,
  // storage that fails) through console.warn, so warnings fail the test like errors do.
  const fakeConsole = {
    log: noop,
    info: noop,
    debug: noop,
    trace: noop,
    group: noop,
    groupEnd: noop,
    time: noop,
    timeEnd: noop,
    warn: (...args: unknown[]) => void errors.push(`console.warn: ${format(args)}`),
    error: (...args: unknown[]) => void errors.push(`console.error: ${format(args)}`),
  }

  const context = vm.createContext({
    wx,
    App: record('apps'),
    Page: record('pages'),
    Component: record('components'),
    getApp: () => registered.apps[0],
    getCurrentPages: () => [...pageStack],
    requirePlugin: () => ({}),
    console: fakeConsole,
    ...timers,
  })

  // WeChat's require: paths relative to the requiring file, `.js` optional, one instance per file.
  const modules = new Map<string, { exports: unknown }>()
  function load(file: string): unknown {
    const cached = modules.get(file)
    if (cached) return cached.exports
    if (!fs.existsSync(file)) throw new Error(`require: ${path.relative(DIST, file)} is not in dist/weapp`)
    const mod = { exports: {} as unknown }
    modules.set(file, mod)
    const source = `(function (require, module, exports, ${SHADOWED.join(', ')}) {${fs.readFileSync(file, 'utf8')}\n})`
    const run = new vm.Script(source, { filename: `weapp:/${path.relative(DIST, file)}` }).runInContext(context) as Fn
    run(requireFrom(path.dirname(file)), mod, mod.exports)
    return mod.exports
  }
  const requireFrom = (dir: string) => (request: string) => {
    const file = path.resolve(dir, request.endsWith('.js') ? request : `${request}.js`)
    if (!file.startsWith(DIST + path.sep)) throw new Error(`require: ${request} leaves dist/weapp`)
    return load(file)
  }
  const requireDist = requireFrom(DIST)

  /** Collects unhandled promise rejections (the vm shares Node's microtask queue); returns a stop function. */
  function trackRejections(): () => void {
    const onRejection = (reason: unknown) => void errors.push(`unhandled rejection: ${show(reason)}`)
    process.on('unhandledRejection', onRejection)
    return () => void process.off('unhandledRejection', onRejection)
  }

  /** Lets timers and promises run until nothing is scheduled (or maxMs passes). */
  async function settle(maxMs = 3000): Promise<void> {
    const deadline = Date.now() + maxMs
    let quiet = 0
    while (quiet < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pending.size ? 5 : 0))
      quiet = pending.size ? 0 : quiet + 1
    }
  }

  /** Cancels whatever the app left scheduled, so Jest can exit. */
  function dispose(): void {
    pending.forEach((id) => clearTimeout(id))
    intervals.forEach((id) => clearInterval(id))
    pending.clear()
    intervals.clear()
  }

  /** Runs app.js (it calls App) and the app's onLaunch and onShow. */
  async function launch(entry = 'pages/home/index'): Promise<Options> {
    requireDist('./app')
    const app = registered.apps[0]
    if (!app) throw new Error('app.js did not call App()')
    const options = { path: entry, query: {}, scene: 1001, referrerInfo: {} }
    call(app, 'onLaunch', options)
    call(app, 'onShow', options)
    await settle()
    return app
  }

  /** Runs the page's file (it calls Page), makes an instance and runs onLoad, onShow, onReady. */
  async function openPage(route: string, query: Record<string, string> = {}): Promise<OpenedPage> {
    const before = registered.pages.length
    requireDist(`./${route}`)
    loadUsingComponents(route)
    const options = registered.pages[before]
    if (!options) throw new Error(`${route}.js did not call Page()`)
    const instance: PageInstance = {
      ...options,
      route,
      __route__: route,
      options: query,
      data: clone((options.data ?? {}) as Record<string, unknown>),
      setData(update, cb) {
        applySetData(this.data, update)
        if (cb) later(cb)
      },
    }
    pageStack.push(instance)
    call(instance, 'onLoad', query)
    call(instance, 'onShow')
    call(instance, 'onReady')
    await settle()
    const tree = () => instance.data.root as TreeNode
    return {
      instance,
      tree,
      text: () => textOf(tree()),
      find: (match) => findNode(tree(), match),
      tap(node) {
        const target = { id: node.uid ?? node.sid, dataset: { sid: node.sid } }
        const event = { type: 'tap', timeStamp: Date.now(), target, currentTarget: target, detail: { x: 20, y: 20 }, touches: [], changedTouches: [] }
        return call(instance, 'eh', event)
      },
    }
  }

  // WeChat also runs the scripts of the custom components a page's json lists (Taro's `comp`).
  function loadUsingComponents(route: string): void {
    const json = path.join(DIST, `${route}.json`)
    const config = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> }) : {}
    for (const target of Object.values(config.usingComponents ?? {})) {
      if (target.startsWith('.')) requireFrom(path.dirname(path.join(DIST, route)))(target)
      else if (target.startsWith('/')) requireDist(`.${target}`)
    }
  }

  function call(target: Options, method: string, ...args: unknown[]): unknown {
    const fn = target[method]
    if (typeof fn !== 'function') throw new Error(`${method} is not a function on ${String(target.route ?? 'the app')}`)
    return guard(() => fn.apply(target, args), method)()
  }

  return { wx, calls, storage, modalAnswers, registered, errors, require: requireDist, trackRejections, settle, dispose, launch, openPage, call }
}

export type Weapp = ReturnType<typeof createWeapp>

function show(value: unknown): string {
  if (value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value)) {
    return String((value as Error).stack ?? value)
  }
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
}
