import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJSONStorage } from './taro-storage'
import { isSaved, migrateBy, savedEntries, type Saved } from './saved-state'

/** A reminder for the next antenatal visit, shown on 首页 (and, on weapp, also subscribed). */
export interface VisitReminder {
  visitId: string
  title: string
  /** The visit's window, YYYY-MM-DD. */
  start: string
  end: string
  /** 'subscribe': WeChat will also send a service message; 'in-app': only the 首页 card. */
  channel: 'subscribe' | 'in-app'
}

const isReminder = (value: unknown): value is VisitReminder =>
  isSaved(value) &&
  ['visitId', 'title', 'start', 'end'].every((field) => typeof value[field] === 'string') &&
  (value.channel === 'subscribe' || value.channel === 'in-app')

/** Version 1: byUser, user id → the next visit's reminder. */
const readSavedReminders = (saved: Saved) => ({ byUser: savedEntries(saved.byUser, isReminder) })

interface ReminderState {
  byUser: Record<string, VisitReminder>
  set(userId: string, reminder: VisitReminder): void
  /** Drops the reminder, or only when it is for `visitId` (the visit was just marked done). */
  clear(userId: string, visitId?: string): void
}

// Lives in the main package because 首页 shows it before the 婚孕检 subpackage has loaded.
export const useReminderStore = create<ReminderState>()(
  persist(
    (set) => ({
      byUser: {},
      set: (userId, reminder) => set((state) => ({ byUser: { ...state.byUser, [userId]: reminder } })),
      clear: (userId, visitId) =>
        set((state) => {
          const current = state.byUser[userId]
          if (!current || (visitId && current.visitId !== visitId)) return state
          const { [userId]: _dropped, ...rest } = state.byUser
          return { byUser: rest }
        }),
    }),
    { name: 'family-app:reminders', version: 1, storage: taroJSONStorage, migrate: migrateBy(readSavedReminders) },
  ),
)
