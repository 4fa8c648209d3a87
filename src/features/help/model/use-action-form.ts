import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import { addDays } from '@/domain/dates'
import { helpNoteError, type HelpAction } from '@/domain/help'
import { DETAIL_TEXTS as T } from '../texts'
import { actRequest, type ActRequest, type FormAction, type Score, type VisitFields } from './act-request'

/**
 * The form an action on a request needs, opened from its button: 受理 goes at once; the others
 * are confirmed from their form, and the note is checked here before sending (the backend checks
 * the same rule, helpNoteError, again).
 */
export function useActionForm(onAct: (request: ActRequest) => void) {
  const today = useToday()
  const [open, setOpen] = useState<FormAction | null>(null)
  const [note, setNoteText] = useState('')
  const [visit, setVisit] = useState<VisitFields>({ date: addDays(today, 1), time: '09:30', visitor: '' })
  const [score, setScore] = useState<Score | ''>('')
  const [noteError, setNoteError] = useState<string | null>(null)

  const choose = (action: HelpAction) => (action === 'accept' ? onAct({ action: 'accept' }) : setOpen(action))

  const setNote = (text: string) => {
    setNoteText(text)
    setNoteError(null)
  }

  const confirm = (action: FormAction) => {
    const problem = action === 'schedule' ? null : helpNoteError(action, note)
    setNoteError(problem)
    if (problem) {
      // The field says what is wrong; the toast makes sure the tap is not taken for a send.
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    onAct(actRequest(action, { note, visit, score }))
  }

  return {
    today,
    open,
    choose,
    close: () => setOpen(null),
    note,
    setNote,
    noteError,
    visit,
    changeVisit: (patch: Partial<VisitFields>) => setVisit({ ...visit, ...patch }),
    score,
    setScore,
    confirm,
  }
}

export type ActionForm = ReturnType<typeof useActionForm>
