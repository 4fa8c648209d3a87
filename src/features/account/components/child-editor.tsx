import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import type { FieldErrors } from '@/domain/validation'
import type { Gender } from '@/domain/family'
import type { ChildDraft } from '../model/family-form'
import { FAMILY_TEXTS as T } from '../texts'

interface Props {
  child: ChildDraft
  index: number
  errors: FieldErrors
  today: string
  onChange: (child: ChildDraft) => void
  onRemove: () => void
}

export function ChildEditor({ child, index, errors, today, onChange, onRemove }: Props) {
  const error = (field: string) => errors[`children.${index}.${field}`]
  return (
    <View className="card" ariaLabel={`孩子${index + 1}`}>
      <FormField label={T.childName} error={error('name')} required>
        <Input
          className="field__input"
          value={child.name}
          placeholder={T.childNamePlaceholder}
          maxlength={20}
          ariaLabel={`孩子${index + 1}的名字`}
          onInput={(event) => onChange({ ...child, name: event.detail.value })}
        />
      </FormField>
      <FormField label={T.birthDate} error={error('birthDate')} required>
        <DateField
          value={child.birthDate}
          end={today}
          label={`孩子${index + 1}的出生日期`}
          onChange={(birthDate) => onChange({ ...child, birthDate })}
        />
      </FormField>
      <FormField label={T.gender} error={error('gender')} required>
        <ChoiceGroup<Gender>
          label={`孩子${index + 1}的性别`}
          value={child.gender}
          options={[
            { value: 'female', label: T.girl },
            { value: 'male', label: T.boy },
          ]}
          onChange={(gender) => onChange({ ...child, gender })}
        />
      </FormField>
      <Button className="btn btn--danger" onClick={onRemove}>
        {T.removeChild}
      </Button>
    </View>
  )
}
