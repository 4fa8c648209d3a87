import { useCallback, useState } from 'react'
import type { CentreSort } from '@/domain/centres'
import { requestLocation, type Position } from '@/privacy/gated-apis'
import type { FilterQuery } from './query-params'
import { CENTRES_TEXTS as T } from '../texts'

/**
 * The sort, with the position 距离近 needs: asked for only when someone taps 距离近 (never on the
 * first screen), once per visit; refused, the search keeps its sort and says why.
 */
export function useDistanceSort(set: (patch: Partial<FilterQuery>) => void) {
  const [origin, setOrigin] = useState<Position | null>(null)
  const [locationNote, setLocationNote] = useState('')

  const sortBy = useCallback(
    async (sort: CentreSort) => {
      if (sort === 'distance' && !origin) {
        setLocationNote(T.locating)
        const position = await requestLocation()
        if (!position.ok) {
          setLocationNote(T.noLocation(position.message))
          return
        }
        setLocationNote('')
        setOrigin(position.value)
      }
      set({ sort })
    },
    [origin, set],
  )
  const chooseSort = useCallback((sort: CentreSort) => void sortBy(sort), [sortBy])

  return { origin, locationNote, chooseSort }
}
