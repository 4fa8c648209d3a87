import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { api, onSessionExpired, setSessionToken, type SessionDto } from '@/services'
import { clearAllDrafts } from '@/hooks/use-draft'
import { taroJSONStorage } from './taro-storage'
import { isSaved, migrateBy, type Saved } from './saved-state'

const isSession = (value: unknown): value is SessionDto =>
  isSaved(value) && typeof value.token === 'string' && typeof value.expiresAt === 'number' && isSaved(value.user) && typeof value.user.id === 'string' && typeof value.user.role === 'string'

/** Version 1: the signed-in session, or null. A session of another shape signs out (the server would refuse it). */
const readSavedSession = (saved: Saved) => ({ session: isSession(saved.session) ? saved.session : null })

interface SessionState {
  session: SessionDto | null
  signIn(identityId: string): Promise<SessionDto>
  signOut(): Promise<void>
  /** Forget the session on this device only (it ended on the server). */
  drop(): void
}

async function weappLoginCode(): Promise<string | undefined> {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  const { code } = await Taro.login()
  return code
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      session: null,
      async signIn(identityId) {
        const session = await api().call('auth.signIn', { identityId, loginCode: await weappLoginCode() })
        // Someone else's unsaved drafts go; a guest signing in keeps what they just typed.
        const previous = get().session
        if (previous && previous.user.id !== session.user.id) clearAllDrafts()
        setSessionToken(session.token)
        set({ session })
        return session
      },
      async signOut() {
        const { session } = get()
        if (!session) return
        try {
          await api().call('auth.signOut')
        } finally {
          // Signing out only forgets the session: what the user saved stays with their account.
          clearAllDrafts()
          setSessionToken(null)
          set({ session: null })
        }
      },
      drop() {
        clearAllDrafts()
        setSessionToken(null)
        set({ session: null })
      },
    }),
    {
      name: 'family-app:session',
      version: 1,
      storage: taroJSONStorage,
      migrate: migrateBy(readSavedSession),
      partialize: (state) => ({ session: state.session }),
      onRehydrateStorage: () => (state) => {
        // Runs synchronously inside create(), before useSessionStore exists: touching the store
        // here would throw, and zustand would call back again without a state, clearing the token.
        if (state) setSessionToken(state.session?.token ?? null)
      },
    },
  ),
)

onSessionExpired(() => useSessionStore.getState().drop())
