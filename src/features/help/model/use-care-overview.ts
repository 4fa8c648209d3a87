import Taro from '@tarojs/taro'
import { useState } from 'react'
import { handoverErrors } from '@/domain/care-overview'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { helpApi } from '../service'
import { OVERVIEW_TEXTS as T } from '../overview-texts'

export interface Handover {
  fromContactId: string
  toContactId: string
}

/**
 * 暖心服务概况 for the 计生协: the numbers per community (fresh on every show), and a handover of
 * a leaving contact's families, confirmed first, refused at its field when it cannot be done.
 */
export function useCareOverview(userId: string) {
  const overview = useQuery(() => helpApi().call('care.overview'), [userId], { failedText: T.loadFailed })
  const [handover, setHandover] = useState<Handover>({ fromContactId: '', toContactId: '' })
  const [errors, setErrors] = useState<FieldErrors<keyof Handover>>({})
  const moving = useSubmit((key: string, input: Handover) => helpApi().call('care.reassign', { handover: input }, { idempotencyKey: key }))

  const nameOf = (id: string) => overview.data?.contacts.find((contact) => contact.id === id)?.name ?? ''

  async function confirmHandover() {
    const from = overview.data?.contacts.find((contact) => contact.id === handover.fromContactId)
    const found = handoverErrors(from?.id ?? '', handover.toContactId)
    setErrors(found)
    if (!from || hasErrors(found)) return
    const to = nameOf(handover.toContactId)
    const { confirm } = await Taro.showModal({ title: T.confirmTitle, content: T.confirmContent(from.name, to, from.families) })
    if (!confirm) return
    const result = await moving.submit(handover)
    if (result.ok) {
      overview.setData(result.value.overview)
      setHandover({ fromContactId: '', toContactId: '' })
      void Taro.showToast({ title: T.done(result.value.moved, to), icon: 'none' })
    } else if (result.error.code === 'VALIDATION' && result.error.fieldErrors) {
      setErrors(result.error.fieldErrors)
    } else {
      void Taro.showToast({ title: T.failed(result.error.message), icon: 'none' })
    }
  }

  return {
    overview,
    handover,
    errors,
    pending: moving.pending,
    change(next: Handover) {
      setHandover(next)
      setErrors({})
    },
    confirmHandover: () => void confirmHandover(),
  }
}
