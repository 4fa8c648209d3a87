import { Text, View } from '@tarojs/components'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { CARE_TEXTS as T } from '../../care-texts'
import { CaseloadCard } from '../../components/caseload-card'
import { ContactOnly } from '../../components/contact-only'
import { useCaseload } from '../../model/use-caseload'
import '../../help.scss'

export default function CareFamiliesPage() {
  return <ContactOnly>{(user) => <Families key={user.id} />}</ContactOnly>
}

function Families() {
  const { families, total, overdue } = useCaseload()
  return (
    <PageShell>
      <ListState {...families.listState} empty={families.data?.length === 0} emptyTitle={T.empty}>
        <Text className="block">{T.summary(total, overdue)}</Text>
        <View className="row-gap" />
        <View ariaLabel={T.families}>
          {families.data?.map((family) => (
            <CaseloadCard key={family.familyId} family={family} />
          ))}
        </View>
      </ListState>
    </PageShell>
  )
}
