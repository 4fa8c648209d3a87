import { create } from 'zustand'
import { api, type ConsentScope, type FamilyInput, type PregnancyEndInput, type ProfileDto } from '@/services'
import { useSessionStore } from './session-store'

type Status = 'idle' | 'loading' | 'ready' | 'error'

interface FamilyState {
  /** Whose profile this is, so a switch of identity never shows the previous user's family. */
  userId: string | null
  profile: ProfileDto | null
  status: Status
  error: unknown
  load(): Promise<void>
  /** Grants a consent scope and keeps the cached profile's consents in step. */
  grantConsent(scope: ConsentScope): Promise<void>
  save(family: FamilyInput, idempotencyKey: string): Promise<ProfileDto>
  /** 宝宝出生了 / 本次孕期已结束 (from 首页, the timeline or the family form). */
  endPregnancy(end: PregnancyEndInput, idempotencyKey: string): Promise<ProfileDto>
}

export const useFamilyStore = create<FamilyState>()((set, get) => ({
  userId: null,
  profile: null,
  status: 'idle',
  error: null,
  async load() {
    const userId = useSessionStore.getState().session?.user.id ?? null
    if (!userId) {
      set({ userId: null, profile: null, status: 'idle', error: null })
      return
    }
    const keep = get().userId === userId ? get().profile : null
    set({ userId, profile: keep, status: 'loading', error: null })
    try {
      const profile = await api().call('profile.get')
      if (useSessionStore.getState().session?.user.id === userId) set({ profile, status: 'ready' })
    } catch (error) {
      set({ status: 'error', error })
    }
  },
  async grantConsent(scope) {
    const consents = await api().call('profile.grantConsent', { scope })
    const { profile } = get()
    if (profile) set({ profile: { ...profile, consents } })
  },
  async save(family, idempotencyKey) {
    const profile = await api().call('profile.saveFamily', { family }, { idempotencyKey })
    set({ profile, status: 'ready', error: null })
    return profile
  },
  async endPregnancy(end, idempotencyKey) {
    const profile = await api().call('profile.endPregnancy', { end }, { idempotencyKey })
    set({ profile, status: 'ready', error: null })
    return profile
  },
}))

// A different user (or none) must never see the previous user's family.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) {
    useFamilyStore.setState({ userId: null, profile: null, status: 'idle', error: null })
  }
})
