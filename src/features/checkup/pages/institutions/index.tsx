import { Text } from '@tarojs/components'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { PROGRAMME_IDS } from '@/domain/checkup-eligibility'
import { InstitutionCard } from '../../components/institution-card'
import { ALL, useInstitutionSearch } from '../../model/use-institution-search'
import { CHECKUP_TEXTS, INSTITUTION_TEXTS as T, PROGRAMME_SHORT } from '../../texts'
import '../../checkup.scss'

const PROGRAMME_CHIPS = [{ value: ALL, label: T.allProgrammes }, ...PROGRAMME_IDS.map((id) => ({ value: id, label: PROGRAMME_SHORT[id] }))]

export default function InstitutionsPage() {
  const search = useInstitutionSearch()
  const { list, institutions } = search

  return (
    <PageShell>
      <Text className="page-title">{CHECKUP_TEXTS.institutionsEntry}</Text>
      <ChipRow label={T.programmeChips} value={search.programme} onChange={search.setProgramme} chips={PROGRAMME_CHIPS} />
      <ChipRow
        label={T.districtChips}
        value={search.district}
        onChange={search.setDistrict}
        chips={[{ value: ALL, label: T.allDistricts }, ...search.districts.map((name) => ({ value: name, label: name }))]}
      />
      <ListState {...list.listState} empty={list.data?.items.length === 0} emptyTitle={T.empty} emptyHint={T.emptyHint}>
        <Text className="text-secondary block">{T.count(institutions.length)}</Text>
        {institutions.map((institution) => (
          <InstitutionCard key={institution.id} institution={institution} />
        ))}
      </ListState>
    </PageShell>
  )
}
