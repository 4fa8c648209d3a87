import Taro from '@tarojs/taro'
import { createJSONStorage } from 'zustand/middleware'

/** zustand persist over Taro storage; getStorageSync answers '' for a missing key. */
export const taroJSONStorage = createJSONStorage(() => ({
  getItem: (name: string) => {
    const value: unknown = Taro.getStorageSync(name)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (name: string, value: string) => Taro.setStorageSync(name, value),
  removeItem: (name: string) => Taro.removeStorageSync(name),
}))
