import { createJSONStorage } from 'zustand/middleware'
import { taroStorage } from '@/services/taro-storage'

/** zustand persist over the app's one Taro storage adapter. */
export const taroJSONStorage = createJSONStorage(() => ({ getItem: taroStorage.get, setItem: taroStorage.set, removeItem: taroStorage.remove }))
