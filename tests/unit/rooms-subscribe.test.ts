/**
 * Asking for WeChat's 订阅消息 when booking: only on weapp, and only an accepted answer adds the
 * channel. Modules are loaded afresh with TARO_ENV set, as each build fixes it at compile time.
 */
type Subscribe = typeof import('@/features/rooms/subscribe')

function loadFor(env: 'weapp' | 'h5', answer: () => Promise<Record<string, string>>): { module: Subscribe; asked: jest.Mock } {
  const asked = jest.fn(answer)
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = env
  let module: Subscribe | undefined
  jest.isolateModules(() => {
    jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: { requestSubscribeMessage: asked } }))
    module = jest.requireActual<Subscribe>('../../src/features/rooms/subscribe')
  })
  process.env.TARO_ENV = previous
  return { module: module!, asked }
}

afterEach(() => jest.dontMock('@tarojs/taro'))

describe('asking for the session 订阅消息', () => {
  it('on weapp an accepted template subscribes the booking', async () => {
    const { module, asked } = loadFor('weapp', async () => ({ 'demo-room-session-change': 'accept' }))
    await expect(module.askForSessionNotice()).resolves.toBe('subscribe')
    expect(asked).toHaveBeenCalledWith({ tmplIds: ['demo-room-session-change'] })
  })

  it('on weapp a refusal or a failure books without it', async () => {
    await expect(loadFor('weapp', async () => ({ 'demo-room-session-change': 'reject' })).module.askForSessionNotice()).resolves.toBeUndefined()
    await expect(loadFor('weapp', () => Promise.reject(new Error('requestSubscribeMessage:fail'))).module.askForSessionNotice()).resolves.toBeUndefined()
  })

  it('on H5 nothing is asked: the in-app message is the channel', async () => {
    const { module, asked } = loadFor('h5', async () => ({}))
    expect(module.canAskForSessionNotice).toBe(false)
    await expect(module.askForSessionNotice()).resolves.toBeUndefined()
    expect(asked).not.toHaveBeenCalled()
  })
})
