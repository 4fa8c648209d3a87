import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import type { ContactLogInput } from '@/contract/care'
import { hasErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { goBack, replacePage } from '@/navigation'
import { ROUTES } from '@/routes'
import { LOG_TEXTS as T } from '../care-texts'
import { helpApi } from '../service'
import { emptyLog, logErrors, logInput, withoutLogErrorsOf, type LogDraft, type LogErrors } from './contact-log-form'

/**
 * 记录联系: a contact logs a call, visit or video call with a family. What is typed is kept on
 * this phone until saved (per contact and family); the rules are checked before sending and one
 * idempotency key covers every retry. 需紧急帮助 opens an urgent request with the log, and that
 * request's page opens in place of the form so the contact can follow it up at once.
 */
export function useContactLog(userId: string, familyId: string) {
  const today = useToday()
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<LogDraft>(`care-log:${userId}:${familyId}`)
  const [errors, setErrors] = useState<LogErrors>({})
  const save = useSubmit((key: string, log: ContactLogInput) => helpApi().call('care.log', { familyId, log }, { idempotencyKey: key }))

  const form = draft ?? emptyLog(today)

  const change = (patch: Partial<LogDraft>) => {
    setDraft({ ...form, ...patch })
    setErrors((current) => withoutLogErrorsOf(current, patch))
    save.clearError()
  }

  async function send() {
    const found = logErrors(form, today)
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    const result = await save.submit(logInput(form))
    if (result.ok) {
      clearDraft()
      const opened = result.value.openedRequest
      if (opened) {
        void Taro.showToast({ title: T.savedUrgent, icon: 'none', duration: 2500 })
        replacePage(ROUTES.helpDetail, { id: opened.id })
      } else {
        void Taro.showToast({ title: T.saved, icon: 'success' })
        goBack()
      }
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors as LogErrors)
  }

  return {
    today,
    form,
    errors,
    change,
    send: () => void send(),
    pending: save.pending,
    // Field problems are shown at their fields; anything else above the form, with 重试.
    failure: save.error && save.error.code !== 'VALIDATION' ? save.error.message : null,
    restored: restoredAtOpen && draft !== null,
  }
}

export type ContactLogForm = ReturnType<typeof useContactLog>
