import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { FormField } from '@/components/form-field'
import type { ContactSummaryDto } from '@/contract/care-admin'
import type { FieldErrors } from '@/domain/validation'
import type { Handover } from '../model/use-care-overview'
import { OVERVIEW_TEXTS as T } from '../overview-texts'

interface Props {
  contacts: ContactSummaryDto[]
  value: Handover
  errors: FieldErrors<keyof Handover>
  pending: boolean
  onChange: (next: Handover) => void
  onConfirm: () => void
}

/** 联系人离岗交接: who leaves, who takes the families on; the backend refuses a clash at its field. */
export function HandoverForm({ contacts, value, errors, pending, onChange, onConfirm }: Props) {
  const options = contacts.map((contact) => ({ value: contact.id, label: `${contact.name}（${contact.organisation}，${T.contactLine(contact.families, contact.overdue)}）` }))
  return (
    <View className="card" ariaLabel={T.handoverTitle}>
      <Text className="heading">{T.handoverTitle}</Text>
      <Text className="text-secondary block">{T.handoverIntro}</Text>
      <FormField label={T.from} error={errors.fromContactId}>
        <ChoiceGroup label={T.from} value={value.fromContactId} options={options} onChange={(fromContactId) => onChange({ ...value, fromContactId })} />
      </FormField>
      <FormField label={T.to} error={errors.toContactId}>
        <ChoiceGroup label={T.to} value={value.toContactId} options={options.filter((option) => option.value !== value.fromContactId)} onChange={(toContactId) => onChange({ ...value, toContactId })} />
      </FormField>
      <Button className="btn btn--primary btn--block" disabled={pending || undefined} onClick={onConfirm}>
        {pending ? T.handingOver : T.handover}
      </Button>
    </View>
  )
}
