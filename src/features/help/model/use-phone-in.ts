import Taro from '@tarojs/taro'
import { useToday } from '@/app/clock'
import type { FamilyCareDto } from '@/contract/care'
import { replacePage } from '@/navigation'
import { ROUTES } from '@/routes'
import { PHONE_IN_TEXTS as T } from '../care-texts'
import { helpApi } from '../service'
import { REQUEST_TEXTS } from '../texts'
import { emptyPhoneIn, phoneInErrors, phoneInInput, type PhoneInDraft } from './phone-in-form'
import { useDraftedForm } from './use-drafted-form'

/**
 * 代为登记求助 (电话代录): a family phoned their contact, who files the request for them. The
 * family's own rules apply, and the contact confirms the family agreed to it on the phone
 * (useDraftedForm keeps what is typed and checks it first); the new request opens in place of the form.
 */
export function usePhoneIn(userId: string, family: FamilyCareDto) {
  const today = useToday()
  const form = useDraftedForm({
    draftKey: `care-phone-in:${userId}:${family.familyId}`,
    empty: (): PhoneInDraft => emptyPhoneIn(family, today),
    check: (draft: PhoneInDraft) => phoneInErrors(draft, today),
    toInput: phoneInInput,
    send: (key: string, request: ReturnType<typeof phoneInInput>) =>
      helpApi().call('care.phoneIn', { familyId: family.familyId, request }, { idempotencyKey: key }),
    fixErrorsText: REQUEST_TEXTS.fixErrors,
    onSaved: (request) => {
      void Taro.showToast({ title: T.done, icon: 'success' })
      replacePage(ROUTES.helpDetail, { id: request.id })
    },
  })
  return { today, ...form }
}
