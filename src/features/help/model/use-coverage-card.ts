import { useQuery } from '@/hooks/use-query'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { COVERAGE_TEXTS as T } from '../coverage-texts'
import { helpApi } from '../service'

/**
 * 我的三个全覆盖: the family's own card (care.myCard), and the two ways it asks for help — signing
 * a 家庭医生, and applying for an insurance — each opening 我要求助 with the type and the need
 * filled in (the form keeps a draft already begun instead). Not loaded again on show: nothing
 * done in the app changes the card, and a reload would make the page jump under the reader.
 */
export function useCoverageCard() {
  const card = useQuery(() => helpApi().call('care.myCard'), [], { refreshOnShow: false, failedText: T.failed })
  return {
    card,
    askDoctor: () => openPage(ROUTES.helpRequest, { type: 'medical', need: T.doctorNeed }),
    askInsurance: (name: string) => openPage(ROUTES.helpRequest, { type: 'insurance', need: T.insuranceNeed(name) }),
  }
}
