import Taro from '@tarojs/taro'
import { useState } from 'react'
import { now } from '@/app/clock'
import type { UserDto } from '@/contract/core'
import { completeTooEarly, helpFacts } from '@/domain/help'
import type { FieldErrors } from '@/domain/validation'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { helpApi } from '../service'
import { DETAIL_TEXTS as T } from '../texts'
import type { ActRequest } from './act-request'

/**
 * One request and what its family or contact may do to it. Not loaded again on show: an open
 * action form would be closed under what is being typed. An action's answer is the request as it
 * now stands, so it replaces what is shown; a refusal is shown at its fields or as a toast.
 */
export function useHelpDetail(id: string, user: Pick<UserDto, 'id' | 'role'>) {
  const request = useQuery(() => helpApi().call('help.detail', { id }), [id, user.id], { refreshOnShow: false })
  const [errors, setErrors] = useState<FieldErrors>({})
  const act = useSubmit((key: string, input: ActRequest) => helpApi().call('help.act', { ...input, id }, { idempotencyKey: key }))

  async function onAct(input: ActRequest) {
    const result = await act.submit(input)
    if (result.ok) {
      setErrors({})
      request.setData(result.value)
      void Taro.showToast({ title: T.done, icon: 'success' })
      return
    }
    setErrors(result.error.fieldErrors ?? {})
    if (!result.error.fieldErrors) void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 })
  }

  // 标记完成 is not offered before the visit (the backend refuses it too); the contact is told why.
  const tooEarly = request.data && user.role === 'contact' ? completeTooEarly(helpFacts(request.data), now()) : null
  return { request, tooEarly, pending: act.pending, errors, onAct }
}
