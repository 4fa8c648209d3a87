import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { elderModeDefault } from '@/domain/roles'
import { prefersLargeText } from '@/domain/text-size'
import { systemTextScale } from '@/services/system-text'
import { taroJSONStorage } from './taro-storage'
import { migrateBy, savedEntries, type Saved } from './saved-state'
import { useSessionStore } from './session-store'

const SIGNED_OUT = 'signed-out'

interface PreferencesState {
  /** Per account, because a shared family phone may be used by a grandparent and a parent. */
  elderModeByUser: Record<string, boolean>
  setElderMode(userId: string | null, on: boolean): void
}

/** Version 1: elderModeByUser, user id → on/off. */
const readSavedPreferences = (saved: Saved) => ({
  elderModeByUser: savedEntries(saved.elderModeByUser, (on): on is boolean => typeof on === 'boolean'),
})

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      elderModeByUser: {},
      setElderMode: (userId, on) =>
        set((state) => ({ elderModeByUser: { ...state.elderModeByUser, [userId ?? SIGNED_OUT]: on } })),
    }),
    { name: 'family-app:preferences', version: 1, storage: taroJSONStorage, migrate: migrateBy(readSavedPreferences) },
  ),
)

/**
 * 长辈模式 for the current user: their own choice in the app; else on for special-family accounts
 * and for anyone whose WeChat (关怀模式, 字体大小) or browser text is set large.
 */
export function useElderMode(): boolean {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const chosen = usePreferencesStore((state) => state.elderModeByUser[user?.id ?? SIGNED_OUT])
  return chosen ?? (elderModeDefault(user?.role) || prefersLargeText(systemTextScale()))
}
