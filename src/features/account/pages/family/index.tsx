import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { SignedIn } from '@/components/page-gates'
import { PreconceptionOffer } from '@/pregnancy-outcome/preconception-offer'
import { BirthEditor } from '../../components/birth-editor'
import { ChildEditor } from '../../components/child-editor'
import { PregnancyEditor } from '../../components/pregnancy-editor'
import { useFamilyEditor } from '../../model/use-family-editor'
import { FAMILY_TEXTS as T } from '../../texts'

export default function FamilyPage() {
  return (
    // Keyed by user: another account must never see this one's unsaved draft.
    <SignedIn message={T.signInFirst}>{(user) => <FamilyEditor key={user.id} userId={user.id} />}</SignedIn>
  )
}

function FamilyEditor({ userId }: { userId: string }) {
  const editor = useFamilyEditor(userId)
  const { form, errors, today, recordedLmp, childCount, birth, saving, ending } = editor

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <View className="row-gap" />
      <ListState {...editor.loadState}>
        {form && (
          <View>
            {editor.restored && <Notice tone="info" message={T.restored} actions={[{ label: T.discard, onClick: editor.discard }]} />}
            {saving.failure !== null && (
              <Notice tone="error" message={T.saveFailed(saving.failure)} actions={[{ label: T.retry, onClick: saving.save }]} />
            )}
            {saving.consentRefused && <Notice tone="info" message={T.consentRefused} />}

            <Text className="heading">{T.pregnancySection}</Text>
            {birth.open && recordedLmp ? (
              <BirthEditor
                lmp={recordedLmp}
                today={today}
                childCount={childCount}
                value={birth.value}
                onChange={birth.change}
                onSaved={birth.saved}
                onCancel={birth.close}
              />
            ) : (
              <PregnancyEditor
                pregnant={form.pregnant}
                lmp={form.lmp}
                error={errors['pregnancy.lmp']}
                today={today}
                savedLmp={recordedLmp}
                ending={ending.pending}
                onChange={(next) => editor.change({ ...form, ...next })}
                onBorn={birth.start}
                onEnded={() => recordedLmp && void ending.askAndEnd(recordedLmp)}
              />
            )}
            {ending.offersPreconception && <PreconceptionOffer onDismiss={ending.dismissPreconception} />}

            <Text className="heading">{T.childrenSection}</Text>
            {errors.children && <Notice tone="error" message={errors.children} />}
            {form.children.length === 0 && <Text className="text-secondary block">{T.noChildren}</Text>}
            {form.children.map((child, index) => (
              <ChildEditor
                key={child.key}
                child={child}
                index={index}
                errors={errors}
                today={today}
                onChange={(next) => editor.editChild(index, next)}
                onRemove={() => editor.removeChild(index)}
              />
            ))}
            <Button className="btn btn--secondary btn--block" onClick={editor.addChild}>
              {T.addChild}
            </Button>
            <View className="row-gap" />
            {/* No `loading` prop: on H5 the Button web component inserts its spinner among the
                children React owns, and React's next update throws (insertBefore). */}
            <Button className="btn btn--primary btn--block" onClick={saving.save} disabled={saving.pending}>
              {saving.pending ? T.saving : T.save}
            </Button>
          </View>
        )}
      </ListState>
      {saving.consentSheet({ title: T.consentTitle, points: T.consentPoints })}
    </PageShell>
  )
}
