import Taro from '@tarojs/taro'
import { useToday } from '@/app/clock'
import { goBack, replacePage } from '@/navigation'
import { ROUTES } from '@/routes'
import { LOG_TEXTS as T } from '../care-texts'
import { helpApi } from '../service'
import { emptyLog, logErrors, logInput, type LogDraft } from './contact-log-form'
import { useDraftedForm } from './use-drafted-form'

/**
 * 记录联系: a contact logs a call, visit or video call with a family (useDraftedForm keeps what
 * is typed and checks it first). 需紧急帮助 opens an urgent request with the log, and that
 * request's page opens in place of the form so the contact can follow it up at once.
 */
export function useContactLog(userId: string, familyId: string) {
  const today = useToday()
  const form = useDraftedForm({
    draftKey: `care-log:${userId}:${familyId}`,
    empty: (): LogDraft => emptyLog(today),
    check: (draft: LogDraft) => logErrors(draft, today),
    toInput: logInput,
    send: (key: string, log: ReturnType<typeof logInput>) => helpApi().call('care.log', { familyId, log }, { idempotencyKey: key }),
    fixErrorsText: T.fixErrors,
    onSaved: ({ openedRequest }) => {
      if (openedRequest) {
        void Taro.showToast({ title: T.savedUrgent, icon: 'none', duration: 2500 })
        replacePage(ROUTES.helpDetail, { id: openedRequest.id })
      } else {
        void Taro.showToast({ title: T.saved, icon: 'success' })
        goBack()
      }
    },
  })
  return { today, ...form }
}

export type ContactLogForm = ReturnType<typeof useContactLog>
