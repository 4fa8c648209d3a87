import { Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { isDistrict, isProgrammeId, PROGRAMME_IDS } from '@/domain/checkup-eligibility'
import { useLoader } from '@/hooks/use-loader'
import { ChipRow } from '@/components/chip-row'
import { InstitutionCard } from '../../components/institution-card'
import { checkupApi } from '../../service'
import { CHECKUP_TEXTS, INSTITUTION_TEXTS as T, PROGRAMME_SHORT } from '../../texts'
import '../../checkup.scss'

const ALL = 'all'

export default function InstitutionsPage() {
  const { params } = useRouter()
  // A link may carry anything: a filter that is not a known district or programme shows them all.
  const [district, setDistrict] = useState<string>(isDistrict(params.district) ? params.district : ALL)
  const [programme, setProgramme] = useState<string>(isProgrammeId(params.programme) ? params.programme : ALL)
  const list = useLoader(
    () =>
      checkupApi().call('checkup.institutions', {
        district: isDistrict(district) ? district : undefined,
        programme: isProgrammeId(programme) ? programme : undefined,
      }),
    [district, programme],
  )
  // Keep the district chips while a new filter loads, so the row does not jump.
  const [districts, setDistricts] = useState<string[]>([])
  if (list.data && list.data.districts.length !== districts.length) setDistricts(list.data.districts)

  return (
    <PageShell>
      <Text className="page-title">{CHECKUP_TEXTS.institutionsEntry}</Text>
      <ChipRow
        label="检查项目"
        value={programme}
        onChange={setProgramme}
        chips={[{ value: ALL, label: T.allProgrammes }, ...PROGRAMME_IDS.map((id) => ({ value: id, label: PROGRAMME_SHORT[id] }))]}
      />
      <ChipRow
        label="所在区"
        value={district}
        onChange={setDistrict}
        chips={[{ value: ALL, label: T.allDistricts }, ...districts.map((name) => ({ value: name, label: name }))]}
      />
      <ListState
        status={list.status}
        errorMessage={`${CHECKUP_TEXTS.loadFailed}：${list.error}`}
        onRetry={() => void list.reload()}
        empty={list.data?.items.length === 0}
        emptyTitle={T.empty}
        emptyHint={T.emptyHint}
      >
        <Text className="text-secondary block">{T.count(list.data?.items.length ?? 0)}</Text>
        {list.data?.items.map((institution) => <InstitutionCard key={institution.id} institution={institution} />)}
      </ListState>
    </PageShell>
  )
}
