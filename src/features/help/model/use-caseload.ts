import { useQuery } from '@/hooks/use-query'
import { helpApi } from '../service'

/**
 * 我联系的家庭: the contact's families in the order to work through them (the backend's: overdue
 * first), counted for the summary line; fresh when the page comes back from a family's record.
 */
export function useCaseload() {
  const families = useQuery(() => helpApi().call('care.families'))
  const list = families.data ?? []
  return { families, total: list.length, overdue: list.filter((family) => family.overdue.length > 0).length }
}
