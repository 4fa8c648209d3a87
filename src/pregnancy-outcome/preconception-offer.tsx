import { Notice } from '@/components/notice'
import type { ProgrammeId } from '@/domain/checkup-eligibility'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { OUTCOME_TEXTS as T } from './texts'

const PRECONCEPTION: ProgrammeId = 'preconception'

/**
 * After 本次孕期已结束, where the question was asked: one quiet line that the free 孕前优生健康检查
 * is there if another pregnancy is planned, a way to read about it, and 知道了 to put it away.
 */
export function PreconceptionOffer({ onDismiss }: { onDismiss: () => void }) {
  return (
    <Notice
      tone="info"
      message={T.preconception}
      actions={[
        { label: T.preconceptionAction, onClick: () => openPage(ROUTES.checkupProgramme, { id: PRECONCEPTION }) },
        { label: T.preconceptionDismiss, onClick: onDismiss },
      ]}
    />
  )
}
