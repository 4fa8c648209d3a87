import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { todayInChina, useToday } from '@/app/clock'
import type { CentreDto } from '@/contract/centres'
import type { VisitSlot } from '@/domain/centre-visits'
import { visitErrors, type VisitField } from '@/domain/centres'
import { hasErrors, normaliseMobile } from '@/domain/validation'
import type { LoadStatus } from '@/hooks/use-loader'
import { useDraft } from '@/hooks/use-draft'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useFamilyStore } from '@/stores/family-store'
import { centresApi } from '../service'
import { VISIT_TEXTS as T } from '../texts'
import { visitDateRange } from '@/domain/centres'
import { knownFrom, startingDraft, type Known, type VisitDraft } from './visit-form'

/**
 * The centre to visit, and what the account knows for the form. The form waits for the profile,
 * so the account's phone and the child's age are there when the fields first draw (an H5 Input
 * changed just after it mounts can miss the value). Without a profile the form still opens, empty.
 */
export function useVisitCentre(centreId: string) {
  // Not loaded again on show: the form would be drawn again from the draft, its errors gone.
  const centre = useQuery(() => centresApi().call('centres.centre', { id: centreId }), [centreId], { refreshOnShow: false })
  const profile = useFamilyStore((state) => state.profile)
  const profileFailed = useFamilyStore((state) => state.status === 'error')
  useEffect(() => {
    if (!useFamilyStore.getState().profile) void useFamilyStore.getState().load()
  }, [])
  const status: LoadStatus = centre.status === 'ready' && !profile && !profileFailed ? 'loading' : centre.status
  return { centre: centre.data, listState: { ...centre.listState, status }, known: knownFrom(profile, todayInChina()) }
}

/**
 * 预约参观: the form kept as a draft until sent, checked here first (visitErrors) and then by the
 * backend (its field errors shown at the fields), sent once however often it is tapped; sent, it
 * opens 我的托育 on the visits tab.
 */
export function useVisitRequest(centreId: string, centre: CentreDto, known: Known) {
  const today = useToday()
  const { draft, setDraft, clearDraft } = useDraft<VisitDraft>(`centres-visit:${centreId}`)
  const form: VisitDraft = draft ?? startingDraft(known)
  const [errors, setErrors] = useState<Partial<Record<VisitField, string>>>({})
  const submit = useSubmit((key: string) =>
    centresApi().call(
      'centres.requestVisit',
      { centreId, date: form.date, slot: form.slot as VisitSlot, phone: form.phone, childAgeMonths: Number(form.childAge) },
      { idempotencyKey: key },
    ),
  )

  async function send() {
    const found = visitErrors({ ...form, childAgeMonths: form.childAge === '' ? null : Number(form.childAge) }, today, centre)
    setErrors(found)
    if (hasErrors(found)) return
    const result = await submit.submit()
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.done, icon: 'none', duration: 2500 })
      openPage(ROUTES.centresMine, { tab: 'visits' })
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors as Partial<Record<VisitField, string>>)
  }

  const ageIsChilds = known.child !== null && form.childAge === String(known.child.months)
  return {
    form,
    errors,
    change: (patch: Partial<VisitDraft>) => setDraft({ ...form, ...patch }),
    send: () => void send(),
    pending: submit.pending,
    /** Why the last send failed, unless it was the fields (shown at each). */
    failure: submit.error && submit.error.code !== 'VALIDATION' ? submit.error.message : null,
    dateRange: visitDateRange(today),
    phoneIsAccounts: known.phone !== '' && normaliseMobile(form.phone) === known.phone,
    /** The child whose age is filled in, while it is still theirs. */
    ageFromChild: ageIsChilds && known.child ? known.child.name : null,
  }
}
