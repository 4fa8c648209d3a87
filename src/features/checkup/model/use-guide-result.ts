import { adviseProgrammes, type EligibilityAnswers } from '@/domain/checkup-eligibility'
import { useQuery } from '@/hooks/use-query'
import { checkupApi } from '../service'

/**
 * The guided check's answer: the programmes that apply (a domain rule, at once), each with its
 * details and the institutions that offer it in the chosen district (loaded).
 */
export function useGuideResult(answers: EligibilityAnswers, today: string) {
  const advice = adviseProgrammes(answers, today)
  const details = useQuery(
    () =>
      Promise.all(
        advice.map(async (item) => ({
          programme: await checkupApi().call('checkup.programme', { id: item.programme }),
          places: await checkupApi().call('checkup.institutions', { programme: item.programme, district: answers.district }),
        })),
      ),
    [JSON.stringify(answers), today],
    { refreshOnShow: false },
  )
  // An advice item is drawn with its details, so only once they are in.
  const cards = advice.flatMap((item, index) => {
    const detail = details.data?.[index]
    return detail ? [{ key: `${item.programme}-${index}`, item, ...detail }] : []
  })
  return { advised: advice.length > 0, details, cards }
}
