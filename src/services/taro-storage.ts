import Taro from '@tarojs/taro'

/**
 * The app's one adapter over Taro storage (wx storage on weapp, localStorage on H5), used by the
 * mock backend's state, the stores' persist and the drafts. Text in, text out: a missing key
 * is null (getStorageSync answers '' for it, which is never a stored value here).
 */
export const taroStorage = {
  get(key: string): string | null {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : null
  },
  set: (key: string, value: string): void => Taro.setStorageSync(key, value),
  remove: (key: string): void => Taro.removeStorageSync(key),
  keys: (): string[] => Taro.getStorageInfoSync().keys,
  /** Written off the tap (wx.setStorage): for the mock backend's writes when idle. */
  async setLater(key: string, value: string): Promise<void> {
    await Taro.setStorage({ key, data: value })
  },
  async removeLater(key: string): Promise<void> {
    await Taro.removeStorage({ key })
  },
}
