import { Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '../../../../components/list-state'
import { PageShell } from '../../../../components/page-shell'
import type { ProgrammeId } from '../../../../domain/checkup-eligibility'
import { useLoader } from '../../../../hooks/use-loader'
import { ChipRow } from '../../../../components/chip-row'
import { InstitutionCard } from '../../components/institution-card'
import { checkupService } from '../../service'
import { CHECKUP_TEXTS, INSTITUTION_TEXTS as T, PROGRAMME_SHORT } from '../../texts'
import '../../checkup.scss'

const ALL = 'all'
const PROGRAMMES: ProgrammeId[] = ['premarital', 'preconception', 'antenatal']

export default function InstitutionsPage() {
  const { params } = useRouter()
  const [district, setDistrict] = useState(params.district || ALL)
  const [programme, setProgramme] = useState(params.programme || ALL)
  const list = useLoader(
    () =>
      checkupService().institutions({
        district: district === ALL ? undefined : district,
        programme: programme === ALL ? undefined : (programme as ProgrammeId),
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
        chips={[{ value: ALL, label: T.allProgrammes }, ...PROGRAMMES.map((id) => ({ value: id, label: PROGRAMME_SHORT[id] }))]}
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
