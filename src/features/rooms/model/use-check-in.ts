import Taro from '@tarojs/taro'
import { useState } from 'react'
import { CHECK_IN_CODE_MESSAGE, isCheckInCode, typedCheckInCode } from '@/domain/booking'
import { useSubmit } from '@/hooks/use-submit'
import { roomsApi } from '../service'
import { INSTRUCTOR_TEXTS as T } from '../texts'

/**
 * The instructor checks a family in by the code they read out. The code's form is checked here
 * first (the backend's rule), so a mistyped code is answered at once; `onCheckedIn` refreshes the roster.
 */
export function useCheckIn(sessionId: string, onCheckedIn: () => void) {
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | undefined>()
  const checkIn = useSubmit((key: string, value: string) => roomsApi().call('rooms.checkIn', { sessionId, code: value }, { idempotencyKey: key }))

  async function submitCode() {
    const value = typedCheckInCode(code)
    if (!isCheckInCode(value)) {
      setCodeError(CHECK_IN_CODE_MESSAGE)
      return
    }
    const result = await checkIn.submit(value)
    if (result.ok) {
      setCode('')
      setCodeError(undefined)
      void Taro.showToast({ title: T.checkedIn(result.value.childName), icon: 'success' })
      onCheckedIn()
    } else {
      setCodeError(result.error.fieldErrors?.code ?? result.error.message)
    }
  }

  return { code, setCode, codeError, pending: checkIn.pending, submitCode }
}
