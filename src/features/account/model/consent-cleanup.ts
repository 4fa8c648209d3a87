import type { ConsentScope } from '@/domain/consents'
import { clearDrafts } from '@/hooks/use-draft'
import { useFamilyStore } from '@/stores/family-store'
import { useReminderStore } from '@/stores/reminder-store'

/**
 * What this phone still holds for a consent just withdrawn: unsaved drafts of the forms it
 * covered, the antenatal reminder on 首页, the loaded family profile. The backend has deleted the
 * saved data already; these copies go too, so nothing the consent covered is left on screen.
 */
export async function forgetOnThisPhone(scope: ConsentScope, userId: string): Promise<void> {
  if (scope === 'family-health') {
    clearDrafts([`family:${userId}`, `checkup-lmp:${userId}`, `checkup-visit:${userId}:`])
    useReminderStore.getState().clear(userId)
    await useFamilyStore.getState().load()
  } else if (scope === 'checkup-answers') {
    clearDrafts(['checkup-guide'])
  } else {
    clearDrafts([`help-request:${userId}`])
  }
}
