import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { FamilyCareDto } from '@/contract/care'
import { SPECIAL_DAY_TEXTS as T } from '../care-texts'
import { useSpecialDays } from '../model/use-special-days'
import { SpecialDaysForm } from './special-days-form'

/**
 * 特殊日子 on a family's record (its two contacts only): the days kept with the family's
 * agreement, the nearest one soon ('N天后', '今天'), and the form to change or clear them.
 */
export function SpecialDays({ family, onSaved }: { family: FamilyCareDto; onSaved: (family: FamilyCareDto) => void }) {
  const form = useSpecialDays(family.familyId, onSaved)
  const agreedAt = family.specialDaysAgreedAt
  return (
    <View className="card" ariaLabel={T.title}>
      <Text className="heading">{T.title}</Text>
      {family.specialDayNext && <Text className="block care__special-next">{T.next(family.specialDayNext.label, family.specialDayNext.daysAway)}</Text>}
      {agreedAt ? (
        <>
          {family.specialDays.map((day) => (
            <Text key={day.monthDay} className="block care__special-day">
              {T.day(day.monthDay, day.label)}
            </Text>
          ))}
          <Text className="text-secondary block">{T.agreedOn(agreedAt)}</Text>
        </>
      ) : (
        <Text className="text-secondary block">{T.none}</Text>
      )}
      {form.editing ? (
        <SpecialDaysForm form={form} />
      ) : (
        <>
          <Text className="text-secondary block">{T.why}</Text>
          <View className="help__actions">
            <Button className="btn btn--secondary" onClick={() => form.open(family)}>
              {agreedAt ? T.edit : T.record}
            </Button>
          </View>
        </>
      )}
    </View>
  )
}
