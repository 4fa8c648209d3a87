import { useQuery } from '@/hooks/use-query'
import { helpApi } from '../service'

/**
 * One family's care record (its contacts only; another contact is answered 没有找到这户家庭).
 * The record page loads it again on show, so a contact just logged is there on return; the forms
 * read it once (refreshOnShow false), so nothing reloads under what is being typed.
 */
export function useFamilyCare(familyId: string, userId: string, { refreshOnShow = true } = {}) {
  return useQuery(() => helpApi().call('care.family', { familyId }), [familyId, userId], { refreshOnShow })
}
