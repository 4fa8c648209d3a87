import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { GuideQuestions } from '../../components/guide-questions'
import { GuideResult } from '../../components/guide-result'
import { GuideSave } from '../../components/guide-save'
import { useGuidedCheck } from '../../model/use-guided-check'
import { GUIDE_TEXTS as T } from '../../texts'
import '../../checkup.scss'

const CONSENT_SHEET = { title: T.consentTitle, points: T.consentPoints }

export default function GuidePage() {
  const guide = useGuidedCheck()
  const { saving } = guide

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <GuideQuestions
        form={guide.form}
        errors={guide.errors}
        districts={guide.districts}
        today={guide.today}
        prefilled={guide.prefilled}
        onChange={guide.change}
        onSubmit={guide.showResult}
      />

      {guide.result && (
        <View>
          <GuideResult answers={guide.result} today={guide.today} />
          <GuideSave
            signedIn={guide.signedIn}
            savedOn={guide.savedOn}
            pending={saving.pending}
            failure={saving.failure}
            consentRefused={saving.consent.refused}
            onSave={() => void guide.save()}
          />
        </View>
      )}

      {saving.consent.sheet(CONSENT_SHEET, guide.save)}
    </PageShell>
  )
}
