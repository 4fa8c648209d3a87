import { cleanup } from '@testing-library/react'
import { taroDouble } from '../doubles/taro'

afterEach(() => {
  cleanup()
  taroDouble.reset()
})
