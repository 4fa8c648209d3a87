import { useFamilyStore } from '@/stores/family-store'
import { usePreferencesStore } from '@/stores/preferences-store'
import { useReminderStore } from '@/stores/reminder-store'
import { useSessionStore } from '@/stores/session-store'

/**
 * Stores are module singletons: each test starts from every store's initial state (zustand's
 * testing guide), so no test sees the previous one's session, family or preferences.
 */
export function resetStores(): void {
  useSessionStore.setState(useSessionStore.getInitialState(), true)
  useFamilyStore.setState(useFamilyStore.getInitialState(), true)
  usePreferencesStore.setState(usePreferencesStore.getInitialState(), true)
  useReminderStore.setState(useReminderStore.getInitialState(), true)
}
