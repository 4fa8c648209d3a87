import { useDidShow } from '@tarojs/taro'
import { useFamilyStore } from '@/stores/family-store'

/**
 * The children a parent can book for, from the family profile. Loaded when the page shows and
 * the profile is not there yet, so a child registered on 家庭信息 (opened from here) is offered
 * on the way back.
 */
export function useFamilyChildren() {
  const profile = useFamilyStore((state) => state.profile)
  const load = useFamilyStore((state) => state.load)

  useDidShow(() => {
    if (!profile) void load()
  })

  return profile?.family.children ?? []
}
