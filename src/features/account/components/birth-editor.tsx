import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import type { ChildField, Gender } from '@/domain/family'
import { birthDateRange, newbornErrors } from '@/domain/pregnancy-outcome'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useSubmit } from '@/hooks/use-submit'
import type { ProfileDto } from '@/services'
import { useFamilyStore } from '@/stores/family-store'
import { FAMILY_TEXTS as T } from '../texts'

/** The baby as typed (kept as a draft by the page, so a reload or a failed save loses nothing). */
export interface NewbornDraft {
  name: string
  birthDate: string
  gender: Gender | ''
}

export const EMPTY_NEWBORN: NewbornDraft = { name: '', birthDate: '', gender: '' }

interface Props {
  /** The pregnancy that ended with this birth. */
  lmp: string
  today: string
  value: NewbornDraft
  onChange: (value: NewbornDraft) => void
  /** Saved: the baby is one of the children now and the pregnancy record has ended. */
  onSaved: (profile: ProfileDto, name: string) => void
  onCancel: () => void
}

const readChild = (value: NewbornDraft) => ({ name: value.name.trim(), birthDate: value.birthDate.trim(), gender: value.gender as Gender })

/** 宝宝出生了: only what the family record needs, the baby's name, birth date and sex. */
export function BirthEditor({ lmp, today, value, onChange, onSaved, onCancel }: Props) {
  const endPregnancy = useFamilyStore((state) => state.endPregnancy)
  const saving = useSubmit((key: string, child: ReturnType<typeof readChild>) => endPregnancy({ lmp, outcome: 'born', child }, key))
  const [errors, setErrors] = useState<FieldErrors<ChildField>>({})
  const range = birthDateRange(lmp, today)

  function change(next: NewbornDraft) {
    onChange(next)
    // Errors already shown go away as they are fixed; new ones wait for 保存.
    if (hasErrors(errors)) {
      const now = newbornErrors(readChild(next), lmp, today)
      setErrors(Object.fromEntries(Object.keys(errors).map((field) => [field, now[field as ChildField]])))
    }
  }

  async function save() {
    const child = readChild(value)
    const found = newbornErrors(child, lmp, today)
    setErrors(found)
    if (hasErrors(found)) return
    const result = await saving.submit(child)
    if (result.ok) {
      onSaved(result.value, child.name)
      return
    }
    const fields = result.error.fieldErrors ?? {}
    const atFields = { name: fields['child.name'], birthDate: fields['child.birthDate'], gender: fields['child.gender'] }
    if (result.error.code === 'VALIDATION' && hasErrors(atFields)) setErrors(atFields)
    else void Taro.showToast({ title: T.saveFailed(result.error.message), icon: 'none' })
  }

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
      <Button className="btn btn--primary btn--block" disabled={saving.pending} onClick={() => void save()}>
        {saving.pending ? T.saving : T.saveBaby}
      </Button>
      <View className="row-gap" />
      <Button className="btn btn--secondary btn--block" onClick={onCancel}>
        {T.babyCancel}
      </Button>
    </View>
  )
}
