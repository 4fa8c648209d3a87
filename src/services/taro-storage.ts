import Taro from '@tarojs/taro'
import type { KeyValueStorage } from '../../mock/core/storage'

/** Taro storage (wx storage on weapp, localStorage on H5) in the mock backend's shape. */
export const taroKeyValueStorage: KeyValueStorage = {
  get: (key) => {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : null
  },
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
  keys: () => Taro.getStorageInfoSync().keys,
  setLater: async (key, value) => {
    await Taro.setStorage({ key, data: value })
  },
  removeLater: async (key) => {
    await Taro.removeStorage({ key })
  },
}
