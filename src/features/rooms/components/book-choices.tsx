import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { FormField } from '@/components/form-field'
import { BOOK_TEXTS as T } from '../texts'

interface Props {
  familyChildren: { id: string; name: string }[]
  form: { childId: string; carers: 1 | 2 }
  childError: string | undefined
  waitlist: boolean
  pending: boolean
  onChild: (childId: string) => void
  onCarers: (carers: 1 | 2) => void
  onConfirm: () => void
}

/** Which child comes and with how many carers; the button waits while a child does not fit the session. */
export function BookChoices({ familyChildren, form, childError, waitlist, pending, onChild, onCarers, onConfirm }: Props) {
  return (
    <View className="card">
      <FormField label={T.child} error={childError} required>
        <ChoiceGroup label={T.child} value={form.childId} options={familyChildren.map((child) => ({ value: child.id, label: child.name }))} onChange={onChild} />
      </FormField>
      <FormField label={T.carers} required>
        <ChoiceGroup<'1' | '2'>
          label={T.carers}
          value={String(form.carers) as '1' | '2'}
          options={[
            { value: '1', label: T.one },
            { value: '2', label: T.two },
          ]}
          onChange={(carers) => onCarers(carers === '2' ? 2 : 1)}
        />
      </FormField>
      <Button className="btn btn--primary btn--block" disabled={pending || Boolean(childError)} onClick={onConfirm}>
        {pending ? T.submitting : waitlist ? T.confirmWait : T.confirm}
      </Button>
    </View>
  )
}
