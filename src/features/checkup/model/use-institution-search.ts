import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { isDistrict, isProgrammeId } from '@/domain/checkup-eligibility'
import { useQuery } from '@/hooks/use-query'
import { checkupApi } from '../service'

/** The chip that filters nothing, for the district and the programme alike. */
export const ALL = 'all'

/** 去哪里检查: institutions filtered by district and programme, starting from the link's filters. */
export function useInstitutionSearch() {
  const { params } = useRouter()
  // A link may carry anything: a filter that is not a known district or programme shows them all.
  const [district, setDistrict] = useState<string>(isDistrict(params.district) ? params.district : ALL)
  const [programme, setProgramme] = useState<string>(isProgrammeId(params.programme) ? params.programme : ALL)
  const list = useQuery(
    () =>
      checkupApi().call('checkup.institutions', {
        district: isDistrict(district) ? district : undefined,
        programme: isProgrammeId(programme) ? programme : undefined,
      }),
    [district, programme],
    { refreshOnShow: false },
  )
  // Keep the district chips while a new filter loads, so the row does not jump.
  const [districts, setDistricts] = useState<string[]>([])
  if (list.data && list.data.districts.length !== districts.length) setDistricts(list.data.districts)

  return { district, setDistrict, programme, setProgramme, districts, list, institutions: list.data?.items ?? [] }
}
