import { useState } from 'react'

/** The feed's search box: what is typed applies on 搜索 (or the keyboard's confirm), not while typing. */
export function useFeedSearch() {
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  return {
    typed,
    setTyped,
    /** The search applied (empty: none). */
    query,
    apply: () => setQuery(typed.trim()),
    clear: () => {
      setTyped('')
      setQuery('')
    },
  }
}

export type FeedSearchState = ReturnType<typeof useFeedSearch>
