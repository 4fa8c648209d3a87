import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ContactActions } from '@/components/contact-actions'
import { ListState } from '@/components/list-state'
import { NoBreakText } from '@/components/no-break-text'
import type { CoverageCardDto } from '@/contract/care'
import { COVERAGE_TEXTS as T } from '../coverage-texts'
import { useCoverageCard } from '../model/use-coverage-card'
import '../coverage.scss'

type Card = CoverageCardDto
interface Sourced {
  basis: string
  checkedOn: string
  note: string
}

/** Where a section's figures come from, when they were checked, and that they are to be checked locally. */
function Source({ item }: { item: Sourced }) {
  return (
    <View className="coverage__source">
      {item.note && <NoBreakText className="block" text={item.note} />}
      <NoBreakText className="block" text={T.basis(item.basis, item.checkedOn)} />
      <Text className="block">{T.checkLocally}</Text>
    </View>
  )
}

function Contacts({ card }: { card: Card }) {
  const { hotline } = card
  return (
    <View className="card" ariaLabel={T.contacts}>
      <Text className="heading">{T.contacts}</Text>
      {card.contacts.map((contact) => (
        <View key={contact.id} className="coverage__row">
          <View className="coverage__who">
            <Text className="coverage__name block">{contact.name}</Text>
            <NoBreakText className="text-secondary block" text={`${contact.title} ${contact.phone}`} />
          </View>
          <ContactActions phone={contact.phone} callLabel={`${T.call}${contact.name}`} />
        </View>
      ))}
      <View className="coverage__row">
        <View className="coverage__who">
          <Text className="block">{T.hotline}</Text>
          <NoBreakText className="text-secondary block" text={`${hotline.name} ${hotline.phone}`} />
        </View>
        <ContactActions phone={hotline.phone} callLabel={T.call} />
      </View>
    </View>
  )
}

function Doctor({ doctor, onAsk }: { doctor: Card['doctor']; onAsk: () => void }) {
  return (
    <View className="card" ariaLabel={T.doctor}>
      <Text className="heading">{T.doctor}</Text>
      {doctor ? (
        <View className="coverage__row">
          <View className="coverage__who">
            <Text className="coverage__name block">{doctor.name}</Text>
            <NoBreakText className="text-secondary block" text={`${doctor.clinic} ${doctor.phone}`} />
          </View>
          <ContactActions phone={doctor.phone} callLabel={`${T.call}${doctor.name}`} />
        </View>
      ) : (
        <>
          <Text className="block">{T.noDoctor}</Text>
          <View className="row-gap" />
          <Button className="btn btn--primary btn--block coverage__ask" onClick={onAsk}>
            {T.askDoctor}
          </Button>
        </>
      )}
    </View>
  )
}

function GreenChannel({ channel }: { channel: Card['greenChannel'] }) {
  return (
    <View className="card" ariaLabel={T.greenChannel}>
      <Text className="heading">{T.greenChannel}</Text>
      <Text className="block coverage__label">{T.hospitals}</Text>
      {channel.hospitals.map((hospital) => (
        <Text key={hospital} className="block coverage__listed">
          {hospital}
        </Text>
      ))}
      <Text className="block coverage__line">{T.priorities(channel.priorities.join('、'))}</Text>
      <Text className="block coverage__line">{T.show(channel.show.join('、'))}</Text>
      <Source item={channel} />
    </View>
  )
}

function Subsidy({ subsidy }: { subsidy: Card['subsidy'] }) {
  return (
    <View className="card" ariaLabel={T.subsidy}>
      <Text className="heading">{T.subsidy}</Text>
      {subsidy.yuanPerMonth !== null && subsidy.age !== null ? (
        <>
          <Text className="block coverage__amount">{T.perMonth(subsidy.yuanPerMonth)}</Text>
          <Text className="block">
            {T.bracket(subsidy.age, subsidy.bracket)}
            {T.region(subsidy.regionName)}
          </Text>
        </>
      ) : (
        <Text className="block">{T.noAge}</Text>
      )}
      <Text className="block coverage__line">{T.paid(subsidy.payment)}</Text>
      <Source item={subsidy} />
    </View>
  )
}

function Insurance({ items, onAsk }: { items: Card['insurance']; onAsk: (name: string) => void }) {
  return (
    <View className="card" ariaLabel={T.insurance}>
      <Text className="heading">{T.insurance}</Text>
      {items.map((item) => (
        <View key={item.id} className="coverage__item">
          <Text className="block coverage__name">{item.name}</Text>
          <Text className="block coverage__line">{item.covers}</Text>
          <Text className="block coverage__line">{T.documents(item.documents.join('、'))}</Text>
          <NoBreakText className="block coverage__line" text={T.deadline(item.claimDeadline)} />
          <View className="row-gap" />
          <Button className="btn btn--secondary btn--block coverage__ask" onClick={() => onAsk(item.name)}>
            {T.askInsurance(item.name)}
          </Button>
          <Source item={item} />
        </View>
      ))}
    </View>
  )
}

/**
 * 我的三个全覆盖, large and simple: the two contacts (and the 暖心热线) to call in one tap, the
 * 家庭医生 or a way to ask for one, the 就医绿色通道, the 特别扶助金 and the insurance. Every
 * figure shows where it comes from and that it is to be checked locally.
 */
export function CoverageCard() {
  const { card, askDoctor, askInsurance } = useCoverageCard()
  return (
    <ListState {...card.listState}>
      {card.data && (
        <View className="coverage" ariaLabel={T.title}>
          <Text className="heading">{T.title}</Text>
          <Text className="text-secondary block coverage__intro">{T.intro}</Text>
          <Contacts card={card.data} />
          <Doctor doctor={card.data.doctor} onAsk={askDoctor} />
          <GreenChannel channel={card.data.greenChannel} />
          <Subsidy subsidy={card.data.subsidy} />
          <Insurance items={card.data.insurance} onAsk={askInsurance} />
          <Text className="text-secondary block">{card.data.localCheck}</Text>
        </View>
      )}
    </ListState>
  )
}
