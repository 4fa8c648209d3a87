import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import type { Gender } from '@/domain/family'
import { useBirthRecord, type BirthRecord } from '../model/use-birth-record'
import { FAMILY_TEXTS as T } from '../texts'

type Props = BirthRecord & { onCancel: () => void }

/** 宝宝出生了: only what the family record needs, the baby's name, birth date and sex. */
export function BirthEditor({ onCancel, ...record }: Props) {
  const { value } = record
  const { errors, range, pending, change, save } = useBirthRecord(record)

  return (
    <View className="card" ariaLabel={T.birthTitle}>
      <Text className="heading">{T.birthTitle}</Text>
      <Text className="text-secondary block">{T.birthIntro}</Text>
      <View className="row-gap" />
      <FormField label={T.babyName} error={errors.name} required>
        <Input
          className="field__input"
          value={value.name}
          placeholder={T.childNamePlaceholder}
          ariaLabel={T.babyNameField}
          onInput={(event) => change({ ...value, name: event.detail.value })}
        />
      </FormField>
      <FormField label={T.babyBirthDate} error={errors.birthDate} required>
        <DateField
          value={value.birthDate}
          start={range.start}
          end={range.end}
          label={T.babyBirthDate}
          onChange={(birthDate) => change({ ...value, birthDate })}
        />
      </FormField>
      <FormField label={T.gender} error={errors.gender} required>
        <ChoiceGroup<Gender>
          label={T.babyGender}
          value={value.gender}
          options={[
            { value: 'female', label: T.girl },
            { value: 'male', label: T.boy },
          ]}
          onChange={(gender) => change({ ...value, gender })}
        />
      </FormField>
      <Button className="btn btn--primary btn--block" disabled={pending} onClick={() => void save()}>
        {pending ? T.saving : T.saveBaby}
      </Button>
      <View className="row-gap" />
      <Button className="btn btn--secondary btn--block" onClick={onCancel}>
        {T.babyCancel}
      </Button>
    </View>
  )
}
