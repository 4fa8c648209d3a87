import type { Centre } from '@/domain/centres'
import { generateCentres } from './generator'

const cache = new Map<number, { list: Centre[]; byId: Map<string, Centre> }>()

/** The generated centres for a size, built once per size (they are deterministic). */
export function dataset(size: number) {
  let entry = cache.get(size)
  if (!entry) {
    const list = generateCentres(size)
    entry = { list, byId: new Map(list.map((centre) => [centre.id, centre])) }
    cache.set(size, entry)
  }
  return entry
}
