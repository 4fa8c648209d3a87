import { useCallback, useEffect, useRef, useState } from 'react'
import { todayInChina } from '@/app/clock'
import { SEARCH_LIMITS } from '@/domain/centres'
import { firstChildUnderThree } from '@/domain/under-three'
import type { ProfileDto } from '@/services/types'
import { useFamilyStore } from '@/stores/family-store'
import { queryFromParams, type FilterQuery } from './query-params'
import { wholeWithin } from './number-input'

// Typing 1 then 8 searches once, for 18, when the typing pauses (or at once on another tap).
const AGE_TYPING_PAUSE_MS = 400

/** The first child under three in the profile, with their age in months today. */
const childUnderThree = (profile: ProfileDto | null) => firstChildUnderThree(profile?.family.children ?? [], todayInChina())

/**
 * The search as chosen: opened from the link's parameters, the child's age from the profile unless
 * the link says which age, the keyword and the age as typed until they join the search.
 */
export function useSearchFilters(params: Record<string, string | undefined>) {
  const profile = useFamilyStore((state) => state.profile)
  // The child's name while the age searched for came from the profile; '' once someone typed one.
  const ageFromProfile = useRef<string | null>(null)
  // The age is prefilled while creating the state when the profile is already loaded: changing
  // an H5 Input's value in the first moments after it mounts races its lazy web component.
  const [query, setQuery] = useState<FilterQuery>(() => {
    const initial = queryFromParams(params)
    const child = initial.ageMonths === undefined ? childUnderThree(useFamilyStore.getState().profile) : null
    if (!child) return initial
    ageFromProfile.current = child.name
    return { ...initial, ageMonths: child.months }
  })
  const [typed, setTyped] = useState(query.keyword ?? '')
  // The age as typed; it joins the search when the typing pauses (see AGE_TYPING_PAUSE_MS).
  const [ageTyped, setAgeTyped] = useState(query.ageMonths === undefined ? '' : String(query.ageMonths))
  const pendingAge = useRef<{ timer: ReturnType<typeof setTimeout>; value: number | undefined } | null>(null)

  useEffect(() => {
    if (params.age || query.ageMonths !== undefined || ageFromProfile.current !== null || !profile) return
    const child = childUnderThree(profile)
    if (child) {
      ageFromProfile.current = child.name
      setAgeTyped(String(child.months))
      setQuery((current) => ({ ...current, ageMonths: child.months }))
    }
  }, [profile, params.age, query.ageMonths])

  /** Changes the search; an age still being typed joins this change rather than searching later. */
  const set = useCallback((patch: Partial<FilterQuery>) => {
    const typing = pendingAge.current
    if (!typing && Object.keys(patch).length === 0) return
    pendingAge.current = null
    if (typing) {
      clearTimeout(typing.timer)
      // The field then shows the age searched for (50 becomes 36, the oldest a centre takes).
      if (typing.value !== undefined) setAgeTyped(String(typing.value))
    }
    setQuery((current) => ({ ...current, ...(typing ? { ageMonths: typing.value } : {}), ...patch }))
  }, [])

  const typeAge = useCallback(
    (text: string) => {
      ageFromProfile.current = ''
      setAgeTyped(text)
      if (pendingAge.current) clearTimeout(pendingAge.current.timer)
      pendingAge.current = { value: wholeWithin(text, SEARCH_LIMITS.ageMonths), timer: setTimeout(() => set({}), AGE_TYPING_PAUSE_MS) }
    },
    [set],
  )
  useEffect(() => () => clearTimeout(pendingAge.current?.timer), [])

  /** An age still being typed searches now (confirm, leaving the field); nothing else changes. */
  const commitAge = useCallback(() => set({}), [set])
  const searchKeyword = useCallback(() => set({ keyword: typed.trim() || undefined }), [typed, set])

  const clearAll = useCallback(() => {
    ageFromProfile.current = ''
    if (pendingAge.current) clearTimeout(pendingAge.current.timer)
    pendingAge.current = null
    setTyped('')
    setAgeTyped('')
    setQuery((current) => ({ sort: current.sort }))
  }, [])

  // fromProfile: the child whose age is searched for, while it is theirs from the profile.
  const fromProfile = ageFromProfile.current && query.ageMonths !== undefined ? ageFromProfile.current : null
  return { query, set, clearAll, keyword: { typed, type: setTyped, search: searchKeyword }, age: { typed: ageTyped, type: typeAge, commit: commitAge, fromProfile } }
}
