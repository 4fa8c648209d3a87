import Taro, { useRouter } from '@tarojs/taro'
import type { ProgrammeId } from '@/domain/checkup-eligibility'
import { useQuery } from '@/hooks/use-query'
import { checkupApi } from '../service'

/** One programme's page (?id=premarital): its details, with its name as the page's title. */
export function useProgramme() {
  // An unknown id is the backend's to refuse (没有找到这项检查), shown as the load's error.
  const id = (useRouter().params.id ?? '') as ProgrammeId
  return useQuery(
    async () => {
      const found = await checkupApi().call('checkup.programme', { id })
      void Taro.setNavigationBarTitle({ title: found.name })
      return found
    },
    [id],
    { refreshOnShow: false },
  )
}
