import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { PastPregnancyDto } from '@/contract/checkup'
import { PAST_PREGNANCY_TEXTS as T } from '../texts'

/** A pregnancy with more visits than this shows its count, and the list behind 查看. */
const SHOWN_OPEN = 3

/** 以往孕期的产检记录: per past pregnancy, its due date and the visits done, with date and note. */
export function PastPregnancies({ pregnancies }: { pregnancies: PastPregnancyDto[] }) {
  return (
    <View className="card" ariaLabel={T.title}>
      <Text className="heading">{T.title}</Text>
      <Text className="text-secondary block">{T.hint}</Text>
      {pregnancies.map((pregnancy) => (
        <PastPregnancy key={pregnancy.lmp} pregnancy={pregnancy} />
      ))}
    </View>
  )
}

function PastPregnancy({ pregnancy }: { pregnancy: PastPregnancyDto }) {
  const long = pregnancy.records.length > SHOWN_OPEN
  const [open, setOpen] = useState(!long)
  const summary = [T.visitCount(pregnancy.records.length), ...(pregnancy.endedOn ? [T.bornOn(pregnancy.endedOn)] : [])].join(' · ')

  return (
    <View className="checkup__item" ariaLabel={T.pregnancy(pregnancy.dueDate)}>
      <Text className="checkup__item-name">{T.dueDate(pregnancy.dueDate)}</Text>
      <Text className="text-secondary block">{summary}</Text>
      {open &&
        pregnancy.records.map((record) => (
          <View key={record.visitId} className="checkup__list-item">
            <Text className="block">{T.visit(record.title, record.date)}</Text>
            {record.note && <Text className="text-secondary block">{record.note}</Text>}
          </View>
        ))}
      {long && (
        <Button className="btn btn--secondary" onClick={() => setOpen(!open)}>
          {open ? T.hide : T.show}
        </Button>
      )}
    </View>
  )
}
