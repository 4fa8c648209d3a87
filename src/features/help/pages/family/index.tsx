import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { CARE_TEXTS as T } from '../../care-texts'
import { ContactLogs } from '../../components/contact-logs'
import { ContactOnly } from '../../components/contact-only'
import { FamilyCareFacts } from '../../components/family-care-facts'
import { FamilyRequests } from '../../components/family-requests'
import { SpecialDays } from '../../components/special-days'
import { useFamilyCare } from '../../model/use-family-care'
import '../../help.scss'

export default function CareFamilyPage() {
  const id = useRouter().params.id ?? ''
  return <ContactOnly>{(user) => <FamilyRecord key={user.id} familyId={id} userId={user.id} />}</ContactOnly>
}

/** Loaded again on show: a contact logged or a request filed from here is there on return. */
function FamilyRecord({ familyId, userId }: { familyId: string; userId: string }) {
  const care = useFamilyCare(familyId, userId)
  const family = care.data
  return (
    <PageShell>
      <ListState {...care.listState}>
        {family && (
          <View>
            <FamilyCareFacts family={family} />
            <View className="help__actions">
              <Button className="btn btn--primary" onClick={() => openPage(ROUTES.careLog, { familyId: family.familyId })}>
                {T.logContact}
              </Button>
              <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.carePhoneIn, { familyId: family.familyId })}>
                {T.phoneIn}
              </Button>
            </View>
            <View className="row-gap" />
            <SpecialDays family={family} onSaved={care.setData} />
            <FamilyRequests requests={family.requests} />
            <ContactLogs logs={family.logs} />
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
