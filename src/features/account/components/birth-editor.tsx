import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { Notice } from '@/components/notice'
import type { Gender } from '@/domain/family'
import type { BabyDraft, BirthErrors } from '../model/family-form'
import { useBirthRecord, type BirthRecord } from '../model/use-birth-record'
import { FAMILY_TEXTS as T } from '../texts'

type Props = BirthRecord & { onCancel: () => void }

/**
 * 宝宝出生了: only what the family record needs, the birth date and each baby's name and sex.
 * Twins and more: 再添一个宝宝 adds a name and sex for the next baby, born on the same date.
 */
export function BirthEditor({ onCancel, ...record }: Props) {
  const { value } = record
  const { errors, range, pending, canAddBaby, change, addBaby, removeBaby, save } = useBirthRecord(record)
  const several = value.babies.length > 1

  return (
    <View className="card" ariaLabel={T.birthTitle}>
      <Text className="heading">{T.birthTitle}</Text>
      <Text className="text-secondary block">{T.birthIntro}</Text>
      <View className="row-gap" />
      {errors.babies && <Notice tone="error" message={errors.babies} />}
      <FormField label={T.babyBirthDate} error={errors.birthDate} hint={several ? T.sharedBirthDate : undefined} required>
        <DateField
          value={value.birthDate}
          start={range.start}
          end={range.end}
          label={T.babyBirthDate}
          onChange={(birthDate) => change({ ...value, birthDate })}
        />
      </FormField>
      {value.babies.map((baby, index) => (
        <BabyFields
          key={baby.key}
          baby={baby}
          index={index}
          several={several}
          errors={errors}
          onChange={(next) => change({ ...value, babies: value.babies.map((other, i) => (i === index ? next : other)) })}
          onRemove={() => removeBaby(index)}
        />
      ))}
      {canAddBaby && (
        <Button className="btn btn--secondary btn--block" onClick={addBaby}>
          {T.addBaby}
        </Button>
      )}
      <View className="row-gap" />
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

interface BabyProps {
  baby: BabyDraft
  index: number
  /** Twins and more: each block says which baby it is, and the extra ones can be removed. */
  several: boolean
  errors: BirthErrors
  onChange: (baby: BabyDraft) => void
  onRemove: () => void
}

/** One baby's name and sex; with twins and more, 第N个宝宝 and (after the first) 删除. */
function BabyFields({ baby, index, several, errors, onChange, onRemove }: BabyProps) {
  return (
    <View ariaLabel={several ? T.babyOf(index) : undefined}>
      {several && <Text className="heading">{T.babyOf(index)}</Text>}
      <FormField label={T.babyName} error={errors[`${index}.name`]} required>
        <Input
          className="field__input"
          value={baby.name}
          placeholder={T.childNamePlaceholder}
          maxlength={20}
          ariaLabel={several ? T.babyNameOf(index) : T.babyNameField}
          onInput={(event) => onChange({ ...baby, name: event.detail.value })}
        />
      </FormField>
      <FormField label={T.gender} error={errors[`${index}.gender`]} required>
        <ChoiceGroup<Gender>
          label={several ? T.babyGenderOf(index) : T.babyGender}
          value={baby.gender}
          options={[
            { value: 'female', label: T.girl },
            { value: 'male', label: T.boy },
          ]}
          onChange={(gender) => onChange({ ...baby, gender })}
        />
      </FormField>
      {index > 0 && (
        <Button className="btn btn--danger" onClick={onRemove}>
          {T.removeBaby}
        </Button>
      )}
      {several && <View className="row-gap" />}
    </View>
  )
}
